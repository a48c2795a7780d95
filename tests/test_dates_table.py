"""The date reader's specification: a table of sentence, anchor and expected mentions.

Each row is a sentence as it might appear in an English-language news article or release from a Korean
local government, the article's publication date (the anchor), and every date mention the reader must
return for it, in textual order, as `(start, end, grain)` formatted the way `Mention.iso` formats them:
"2021-10-27" (day), "2021-10-28T19:00" (time), "2021-10" (month), "2021" (year). Weeks are written as
their Monday and Sunday. `end` is None for a single point and for an open end ("from November 3");
`start` is None for an open start ("until the 21st"). Ranges are inclusive.

How the implied parts are decided (the rows below are the detailed spec):

- A bare day ("the 27th") takes month and year from the anchor. When the tense of the sentence says
  otherwise it moves: a day after the anchor's day in a past-tense sentence is last month's, a day
  before it in a future-tense sentence is next month's.
- A month and day without a year take the nearest year consistent with the tense: future sentences
  never point before the anchor, past sentences never after it.
- Weekdays: future tense means the first such weekday strictly after the anchor, past tense the latest
  one on or before it; "last X" is strictly before, "next X" strictly after.
- A clock time joins the day it belongs to and the mention becomes time grain; a span that ends "at
  midnight" ends at 00:00 of the next day.
- Ordinals of floors, editions, classes and rounds, money, percentages, ages, scores, phone numbers,
  durations and counts are not dates.

The second table covers repetitions: the mention that carries a recurrence gives the first occurrence
(start, and end for a span of hours on that day) and an RRULE value whose bound is a COUNT when the
text bounds the repetition, and no bound when it is open-ended.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import pytest

ARTICLES = Path(__file__).parent / "articles"


def day(start: str | None, end: str | None = None) -> tuple[str | None, str | None, str]:
    return (start, end, "day")


def time(start: str | None, end: str | None = None) -> tuple[str | None, str | None, str]:
    return (start, end, "time")


def month(start: str | None, end: str | None = None) -> tuple[str | None, str | None, str]:
    return (start, end, "month")


def year(start: str | None, end: str | None = None) -> tuple[str | None, str | None, str]:
    return (start, end, "year")


def week(start: str, end: str) -> tuple[str, str, str]:
    return (start, end, "week")


# --- Bare days: "the 27th", month and year from the anchor, tense deciding past or coming ----------------

BARE_DAY = [
    # "ahead of" a named day: coming, whatever the tense of what was done for it
    ("The district has completed preparations ahead of the 20th presidential election on the 9th.", "2022-03-03",
     [day("2022-03-09")]),
    # a day first planned, told as a plan changed: coming or only just gone, never a month away
    ("The drill was originally scheduled for the 13th, but it was pushed back by six days.", "2023-12-14",
     [day("2023-12-13")]),
    ("The bazaar, originally planned for the 28th, has been moved to July 12 (Sat).", "2025-06-10",
     [day("2025-06-28"), day("2025-07-12")]),
    # a weekday in parentheses picks the month; days told in order keep it
    ("Performances are on the 19th (Fri) and 20th (Sat).", "2021-10-28", [day("2021-11-19"), day("2021-11-20")]),
    ("Applications open on the 1st and close on the 15th.", "2021-10-28", [day("2021-11-01"), day("2021-11-15")]),
    # ... and a count of days before "until" reaches back from the day
    ("The survey ran for 10 days until the 25th.", "2021-10-28", [day("2021-10-16", "2021-10-25")]),
    ("The exhibition will be held for a week until the 11th.", "2023-06-02", [day("2023-06-05", "2023-06-11")]),
    ("The expo was held on the 27th in a coastal city.", "2021-10-28", [day("2021-10-27")]),
    ("The district will hold a briefing on the 3rd.", "2021-10-28", [day("2021-11-03")]),
    ("The mayor said on the 29th that the plan was final.", "2021-10-28", [day("2021-09-29")]),
    ("On the 28th, the district announced new quarantine measures.", "2021-10-28", [day("2021-10-28")]),
    ("The center opened a new counseling window on the 25th.", "2021-10-28", [day("2021-10-25")]),
    ("The pop-up clinic will be open on the 30th.", "2021-10-28", [day("2021-10-30")]),
    ("The committee met on the 15th to review the budget.", "2021-10-28", [day("2021-10-15")]),
    ("Registration closes on the 31st.", "2021-10-28", [day("2021-10-31")]),
    ("The council will vote on the 2nd.", "2021-10-28", [day("2021-11-02")]),
    (
        "On the 27th, the district signed an agreement with a local university.",
        "2021-10-28",
        [day("2021-10-27")],
    ),
    ("The district began accepting applications on 28th.", "2021-10-28", [day("2021-10-28")]),
    ("The festival was held on the 30th at the city hall plaza.", "2021-11-02", [day("2021-10-30")]),
    ("The bridge was reopened on the 1st after repairs.", "2021-11-05", [day("2021-11-01")]),
    ("The district will distribute kimchi to 300 households on the 4th.", "2021-11-05", [day("2021-12-04")]),
    ("The district distributed kimchi to 300 households on the 20th.", "2021-11-05", [day("2021-10-20")]),
    ("Submissions are due on the 12th.", "2021-11-05", [day("2021-11-12")]),
    ("The new library will open on the 3rd.", "2021-12-30", [day("2022-01-03")]),
    ("The bell-ringing ceremony will take place on the 1st.", "2019-12-31", [day("2020-01-01")]),
    ("A farewell concert was held on the 29th.", "2022-01-03", [day("2021-12-29")]),
    ("The ceremony was held on the 29th.", "2024-03-01", [day("2024-02-29")]),
    ("The district will open the bus lane on the 29th.", "2024-02-27", [day("2024-02-29")]),
    ("The district will open a temporary clinic on the 29th.", "2020-02-28", [day("2020-02-29")]),
    ("The trail reopened on the 12th.", "2023-06-15", [day("2023-06-12")]),
    ("The night market will open on the 23rd.", "2023-06-15", [day("2023-06-23")]),
    ("A briefing is scheduled for the 20th.", "2023-06-15", [day("2023-06-20")]),
    ("The district held a stream cleanup on the 10th.", "2025-05-12", [day("2025-05-10")]),
    ("The park will host an outdoor concert on the 1st.", "2025-05-12", [day("2025-06-01")]),
    ("The public pool opened on the 1st.", "2022-07-04", [day("2022-07-01")]),
    ("On the 6th (Sat.), a flea market will open in the park.", "2021-10-28", [day("2021-11-06")]),
    (
        "Residents will be able to pick up the kits on the 9th of next month.",
        "2021-10-28",
        [day("2021-11-09")],
    ),
    ("The council approved the ordinance on the 19th of last month.", "2021-11-05", [day("2021-10-19")]),
    ("Tickets will be sold from the 8th to the 12th.", "2021-11-05", [day("2021-11-08", "2021-11-12")]),
    (
        "The trade fair runs over four days from the 27th to the 31st.",
        "2021-10-28",
        [day("2021-10-27", "2021-10-31")],
    ),
    (
        "The book fair will be held online from the 28th to 29th.",
        "2021-10-28",
        [day("2021-10-28", "2021-10-29")],
    ),
    (
        "The district took volunteer sign-ups from the 21st to 26th.",
        "2021-10-28",
        [day("2021-10-21", "2021-10-26")],
    ),
    ("The essay contest runs from the 28th to November 26.", "2021-10-28", [day("2021-10-28", "2021-11-26")]),
    (
        "Entries will be accepted from the 23rd of this month to the 12th of next month.",
        "2021-10-28",
        [day("2021-10-23", "2021-11-12")],
    ),
    (
        "The craft market will run from the 26th to the 3rd of next month.",
        "2021-11-05",
        [day("2021-11-26", "2021-12-03")],
    ),
    ("The survey was conducted from the 1st to the 4th.", "2021-11-05", [day("2021-11-01", "2021-11-04")]),
    (
        "Between the 25th and the 27th, inspectors visited 40 shops.",
        "2021-10-28",
        [day("2021-10-25", "2021-10-27")],
    ),
    (
        "The district will run the program from the 1st to the 15th of next month.",
        "2021-10-28",
        [day("2021-11-01", "2021-11-15")],
    ),
    ("The booths operated from the 1st through the 3rd.", "2021-11-05", [day("2021-11-01", "2021-11-03")]),
    ("The exhibition runs from the 10th till the 20th.", "2021-11-05", [day("2021-11-10", "2021-11-20")]),
    ("The craft fair will be open on the 12th~14th.", "2021-11-05", [day("2021-11-12", "2021-11-14")]),
    (
        "The forum was held from the 20th to the 22nd with 300 participants.",
        "2021-10-28",
        [day("2021-10-20", "2021-10-22")],
    ),
    ("Residents can register online from the 27th.", "2021-10-28", [day("2021-10-27")]),
    ("Sales of the vouchers will run from 31st.", "2021-10-28", [day("2021-10-31")]),
    ("Since the 18th, the office has been closed for renovation.", "2021-10-28", [day("2021-10-18")]),
    ("The survey runs until the 21st.", "2021-11-05", [day("2021-11-21", None)]),
    ("The photo exhibition continues through the 14th.", "2021-11-05", [day("2021-11-14", None)]),
    ("Residents may apply by the 10th.", "2021-11-05", [day("2021-11-10", None)]),
    ("The campaign continues until the 31st.", "2021-10-28", [day("2021-10-31", None)]),
    ("Call the help desk by the 5th to register.", "2021-11-01", [day("2021-11-05", None)]),
]

# --- Month and day, with or without a year, in the forms news copy uses ----------------------------------

MONTH_DAY = [
    (
        "The ribbon-cutting will take place on November 1 at the new gym.",
        "2021-10-28",
        [day("2021-11-01")],
    ),
    ("The district signed a pact with a hospital on October 20.", "2021-10-28", [day("2021-10-20")]),
    ("A jazz concert will be held on October 29.", "2021-10-28", [day("2021-10-29")]),
    ("The tutoring program has been offered since October 25.", "2021-10-28", [day("2021-10-25")]),
    ("Walk-in help starts from November 3.", "2021-10-28", [day("2021-11-03")]),
    ("Loan requests are accepted from November 1, 2021.", "2021-10-28", [day("2021-11-01")]),
    ("The awards night is set for Nov. 12.", "2021-10-28", [day("2021-11-12")]),
    ("Online voting closes on Nov 19.", "2021-10-28", [day("2021-11-19")]),
    ("The lantern parade will take place on November 13th.", "2021-10-28", [day("2021-11-13")]),
    ("The launch is scheduled for 9 November.", "2021-10-28", [day("2021-11-09")]),
    ("The food drive begins on 11/1 at the plaza.", "2021-10-28", [day("2021-11-01")]),
    ("The deadline for the grant is 2021-11-10.", "2021-10-28", [day("2021-11-10")]),
    ("The results were posted on 2021.10.22 on the district website.", "2021-10-28", [day("2021-10-22")]),
    ("The flea market opens on Saturday, Nov. 6.", "2021-10-28", [day("2021-11-06")]),
    ("The lecture will be held on Tuesday, November 9, at the library.", "2021-10-28", [day("2021-11-09")]),
    ("The district will hold a job fair on Wednesday, Nov. 17.", "2021-10-28", [day("2021-11-17")]),
    ("The pool will reopen on Monday, November 1.", "2021-10-28", [day("2021-11-01")]),
    ("The pilot program began on Sept. 1.", "2021-10-28", [day("2021-09-01")]),
    ("The report was released on Oct. 18.", "2021-10-28", [day("2021-10-18")]),
    ("The charity bazaar will be held on Dec. 4.", "2021-10-28", [day("2021-12-04")]),
    ("The new parking rules take effect on Jan. 1.", "2021-12-30", [day("2022-01-01")]),
    ("The new library will open on January 3.", "2021-12-30", [day("2022-01-03")]),
    ("The rink will hold a free skating day on Feb. 12.", "2021-12-30", [day("2022-02-12")]),
    ("The lighting festival was held on December 24.", "2022-01-05", [day("2021-12-24")]),
    ("The district held a charity concert on December 28.", "2022-01-05", [day("2021-12-28")]),
    ("The new welfare center will open on February 29.", "2024-02-27", [day("2024-02-29")]),
    ("The deadline for the survey is February 29.", "2024-01-10", [day("2024-02-29")]),
    ("The clinic opened on February 29, 2020.", "2020-03-02", [day("2020-02-29")]),
    ("The beach will open on July 1.", "2023-06-15", [day("2023-07-01")]),
    ("The footbridge was completed on March 30.", "2023-06-15", [day("2023-03-30")]),
    ("The cherry blossom festival will return on April 5.", "2023-06-15", [day("2024-04-05")]),
    ("The museum was closed for repairs on December 2.", "2021-10-28", [day("2020-12-02")]),
    ("The fiscal quarter ended Oct. 31.", "2021-10-27", [day("2020-10-31")]),
    ("The old gym closed on November 3 after an inspection.", "2021-10-28", [day("2020-11-03")]),
    ("The application period was extended to Nov. 20.", "2021-11-02", [day("2021-11-20")]),
    ("The district has set Nov. 10 as the deadline for proposals.", "2021-11-02", [day("2021-11-10")]),
    ("It will redeem the preferred shares on Oct. 31.", "2021-10-27", [day("2021-10-31")]),
    ("The new fare took effect on November 1, 2021, across the city.", "2021-11-05", [day("2021-11-01")]),
    ("The museum first opened on June 3, 2019.", "2021-10-28", [day("2019-06-03")]),
    ("The cooperation pact was signed on 15 March 2020.", "2021-10-28", [day("2020-03-15")]),
    ("The plaza reopened on Aug. 2, 2021.", "2021-10-28", [day("2021-08-02")]),
    ("November 3 is the first day of on-site applications.", "2021-10-28", [day("2021-11-03")]),
    ("Will the market open on November 6?", "2021-10-28", [day("2021-11-06")]),
    ("Mayor Park will attend the opening on May 12.", "2025-05-01", [day("2025-05-12")]),
    ("Visitors may enter the garden from May 3.", "2025-04-20", [day("2025-05-03")]),
    ("As of October 25, 1,200 residents had applied.", "2021-10-28", [day("2021-10-25")]),
    ("Starting November 8, the bus route will be changed.", "2021-10-28", [day("2021-11-08")]),
    ("Beginning Dec. 1, parking fees will rise.", "2021-10-28", [day("2021-12-01")]),
    ("Photos taken from October 1 onward are eligible.", "2021-10-28", [day("2021-10-01")]),
    ("The support has applied since November 15 last year.", "2021-10-28", [day("2020-11-15")]),
    ("The pop-up store is open until November 14.", "2021-10-28", [day("2021-11-14", None)]),
    ("The survey runs till Nov. 10.", "2021-10-28", [day("2021-11-10", None)]),
    ("Applications must be submitted by November 12.", "2021-10-28", [day("2021-11-12", None)]),
    ("Entries are due by 30 November.", "2021-10-28", [day("2021-11-30", None)]),
    ("Applications are accepted until 11/15.", "2021-10-28", [day("2021-11-15", None)]),
    ("The rink will stay open until Dec. 31.", "2021-12-30", [day("2021-12-31", None)]),
]

# --- Ranges of days: to, through, until, till, between, and every dash the copy may carry ------------------

DAY_RANGE = [
    # "the Saturday before" the day just told; "the Monday before each session" is none
    ("Daeboreum falls on Feb. 12 (Wed) this year, but the festival will be held on the Saturday before.", "2025-01-23",
     [day("2025-02-12"), day("2025-02-08")]),
    # a lunar holiday's day told with "day" is the day itself; the date told after it, the same day
    ("It will be closed only on Seollal day, the 29th, and will open as usual.", "2025-01-23",
     [day("2025-01-29"), day("2025-01-29")]),
    # days told close after a coming day of the next month follow it, not the nearest days before the article; and
    # "rose" before a noun is the flower
    (("The opening ceremony will be at 7 p.m. on the 24th (Fri). On the weekend of the 25th and 26th, visitors can "
     "enjoy rose perfume making."), "2024-05-02", [time("2024-05-24T19:00"), day("2024-05-25", "2024-05-26")]),
    ("Registration opens at 9 a.m. on the 6th. Most schools begin the second semester on the 26th.", "2024-08-05",
     [time("2024-08-06T09:00"), day("2024-08-26")]),
    # a participle coordinated with "will be ..." is still to come; a sentence's first word in -ed before a noun, an adjective
    ("Finished kimchi will be packed in boxes and delivered door to door from the 29th to Dec. 1.", "2023-11-21",
     [day("2023-11-29", "2023-12-01")]),
    ("Participants will be chosen by lottery and notified by text message on the 24th.", "2023-07-12", [day("2023-07-24")]),
    # a participle with a year of its own ("founded in 1398") is no tense of the days told after it
    ("It will run the night tour at the shrine, a heritage site founded in 1398, every Friday from the 19th to Oct. 31.",
     "2025-09-16", [day("2025-09-19")]),
    # a day of a notice's list, told with its weekday after a field mark
    ("The fogging will run by neighborhood. △13th (Mon): Cedarbank-dong △14th (Tue): Tollgate-dong", "2022-06-02",
     [day("2022-06-13"), day("2022-06-14")]),
    # a perfect in a time clause or a who-clause does not make the day past
    ("Voters can vote from 6:30 p.m. to 8 p.m. on the 28th, after general voting has closed.", "2022-05-24",
     [time("2022-05-28T18:30", "2022-05-28T20:00")]),
    ("Voters who have tested positive can vote from 6:30 p.m. to 8 p.m. on the 28th.", "2022-05-24",
     [time("2022-05-28T18:30", "2022-05-28T20:00")]),
    # "LED" in running text is an acronym, not the past of "lead": the coming 28th
    ("The district will light up 700 cherry trees with LED lights from the 28th to April 13.", "2025-03-19",
     [day("2025-03-28", "2025-04-13")]),
    # a span begins before it ends: November's 20th, though three days before the article
    ("The tax can now be paid without any penalty from the 20th to December 20.", "2023-11-23",
     [day("2023-11-20", "2023-12-20")]),
    # a present verb by its day looks ahead, past the one before it
    ("Applications opened on the 6th and close on the 22nd.", "2021-10-13", [day("2021-10-06"), day("2021-10-22")]),
    ("The fair runs 11/1-11/5 at the plaza.", "2021-10-28", [day("2021-11-01", "2021-11-05")]),
    # a day "of that month" is of the month the text told last
    ("Photos can be sent from Oct. 1?14, and winners will be announced on the website on the 28th of that month.",
     "2022-09-27", [day("2022-10-01", "2022-10-14"), day("2022-10-28")]),
    ("The plant opened in March 2019. On the 20th of the same month, it was closed for repairs.", "2022-09-27",
     [month("2019-03"), day("2019-03-20")]),
    ("Winners will be announced on the 28th of that month.", "2022-09-27", []),
    # what began and goes on ends ahead, whatever the past of its start
    ("The season, which began on May 1, continues until Oct. 31.", "2023-06-05", [day("2023-05-01"), day("2023-10-31")]),
    # "on race day", "on reopening day": the day told with the race, the reopening (not days told from it)
    (("The marathon will be held on the 13th (Sun). Bibs can be picked up at the stadium the day before the race, the "
     "12th. Traffic will be restricted from 6:30 a.m. to 1 p.m. on race day."), "2019-10-01",
     [day("2019-10-13"), day("2019-10-12"), day("2019-10-12"), time("2019-10-13T06:30", "2019-10-13T13:00")]),
    (("The pool will reopen on May 2 (Mon.). Repairs will be completed on the 29th. Admission will be free on reopening "
     "day, 6:00~21:00."), "2022-04-11", [day("2022-05-02"), day("2022-04-29"), time("2022-05-02T06:00", "2022-05-02T21:00")]),
    # (nor the first day of hours "daily until" a date, which the text does not tell)
    (("Fenford-gu will open its rose garden to the public on the 27th. The garden will be open daily from 9 a.m. to 10 "
      "p.m. until June 19. An opening ceremony will be held at 7 p.m. on opening day."), "2022-05-24",
     [day("2022-05-27"), ("2022-05-25T09:00", "2022-05-25T22:00", "time"), time("2022-05-27T19:00")]),
    # (not the day of the news: "announced on the 1st that its marathon ...")
    (("Fallowmere-gu announced on the 1st that its autumn marathon will be held on the 19th (Sun). Traffic will be "
     "controlled from 7 a.m. to 12 p.m. on race day."), "2025-10-01",
     [day("2025-10-01"), day("2025-10-19"), time("2025-10-19T07:00", "2025-10-19T12:00")]),
    # "the next morning" after nightly hours ends each night, no day of its own
    ("Two lanes will close every night from the 23rd (Mon.) to the 27th (Fri.), from 10 p.m. to 5 a.m. the next morning.",
     "2024-09-05", [time("2024-09-23T22:00", "2024-09-24T05:00")]),
    # the part of a day told at either end of a span does not part the span
    ("The shelter opens from the night of the 18th until the morning of Feb. 29 next year.", "2023-12-10",
     [day("2023-12-18", "2024-02-29")]),
    ("The road will close from the night of the 18th (Mon.) to the early morning of the 23rd (Sat.).", "2025-08-12",
     [day("2025-08-18", "2025-08-23")]),
    # nor are peaks, summits, exits and gates numbered so
    ("The azaleas along the ridge between the 3rd and 5th peaks bloom in early May.", "2022-04-21", [month("2022-05")]),
    # an election's rank is no day
    ("Registration for the 8th nationwide simultaneous local elections runs May 12 and 13.", "2022-03-16",
     [day("2022-05-12"), day("2022-05-13")]),
    ("Ha won 56.3% of the vote in the 8th nationwide local elections.", "2022-06-20", []),
    # a relative clause's past tells of the thing, not of the days the sentence gives it
    (("It will expand its free legal counseling, which had been held once a month, to the 2nd and 4th Wednesday of every "
      "month from the 10th."), "2023-05-08", [day("2023-05-10")]),
    # "the first night market" is a market, not the first night of a span told before
    (("The center will run the rental service from the 13th to Dec. 30. The first night market, held on Aug. 26, drew "
      "4,200 visitors."), "2022-09-07", [day("2022-09-13", "2022-12-30"), day("2022-08-26")]),
    # midnight that starts a day's small hours is that day's first minute
    ("Lines 1 and 2 will run extra trains from midnight to 2 a.m. on Jan. 1.", "2023-12-14",
     [time("2024-01-01T00:00", "2024-01-01T02:00")]),
    # "about" before a count is no preposition: the verb after the count is the past it is
    ("Meanwhile, about 6,000 residents and tourists gathered at the summit on the 1st.", "2024-01-17", [day("2024-01-01")]),
    # an "-ed" word that describes what a verb acts on is no past: "wash soaked furniture"
    ("Volunteers will remove mud and wash soaked furniture on the 14th.", "2022-07-13", [day("2022-07-14")]),
    # "got" is a past like any other: "as the new semester got under way on the 4th"
    ("It will carry out a campaign around 38 schools as the new semester got under way on the 4th.", "2024-03-06",
     [day("2024-03-04")]),
    # "with results announced on the 26th": a participle of what is to come
    ("Participants will be chosen by lottery, with results announced on the 26th.", "2024-06-04", [day("2024-06-26")]),
    # "every Monday through Friday": each day of the span, every week
    ("Fogging will be carried out every Monday to Thursday from the 17th to November 3, from 7 p.m. to 10 p.m.",
     "2022-10-05", [time("2022-10-17T19:00", "2022-10-17T22:00")]),
    # a year that opens the next sentence is not the span's: "... to 10 p.m. Last year, the festival drew ..."
    ("It will open from the 15th to the 31st, from 3 p.m. to 10 p.m. Last year, the market drew 380,000 visitors.",
     "2023-12-05", [time("2023-12-15T15:00", "2023-12-31T22:00"), ("2022", None, "year")]),
    # "postponed X, which had been planned for Oct. 2, to Nov. 6": the new day, not an end
    ("The district postponed the 'Walking Festival', which had been planned for Oct. 2, to Nov. 6 (Sat.).", "2021-09-14",
     [day("2021-10-02"), day("2021-11-06")]),
    ("The camp runs from the evening of the 18th to the afternoon of the 20th.", "2023-12-10",
     [day("2023-12-18", "2023-12-20")]),
    ("The survey will be conducted for a month from Nov. 1.", "2021-10-28", [day("2021-11-01", "2021-11-30")]),
    # dates written with dots, the end as month and day; a weekday in parentheses alone names no day
    ("The application period is 2021. 11. 1.(Mon) ~ 11. 15.(Mon).", "2021-10-28", [day("2021-11-01", "2021-11-15")]),
    ("Applications are accepted until (Mon) at the office.", "2021-10-28", []),
    ("The robot festival will run from November 1 to 6.", "2021-10-28", [day("2021-11-01", "2021-11-06")]),
    ("The fair takes place Nov 1 to 6 at six venues.", "2021-10-28", [day("2021-11-01", "2021-11-06")]),
    ("The sale festival runs Nov. 1-15.", "2021-10-28", [day("2021-11-01", "2021-11-15")]),
    ("The exhibition will be held 1–6 November.", "2021-10-28", [day("2021-11-01", "2021-11-06")]),
    ("The shopping festival runs November 1?15 nationwide.", "2021-10-28", [day("2021-11-01", "2021-11-15")]),
    (
        "The pottery show is on November 1?2 at the town hall.",
        "2021-10-28",
        [day("2021-11-01", "2021-11-02")],
    ),
    (
        "The concert series runs October 30 through November 2.",
        "2021-10-28",
        [day("2021-10-30", "2021-11-02")],
    ),
    ("Visitors can come between Nov. 1 and 5.", "2021-10-28", [day("2021-11-01", "2021-11-05")]),
    ("The harvest market will be held November 5—7.", "2021-10-28", [day("2021-11-05", "2021-11-07")]),
    ("The coding camp runs from November 8 ~ 12.", "2021-10-28", [day("2021-11-08", "2021-11-12")]),
    (
        "The book festival will be held from Nov. 20 until Nov. 28.",
        "2021-10-28",
        [day("2021-11-20", "2021-11-28")],
    ),
    ("The parent course runs from November 2 to 30.", "2021-10-28", [day("2021-11-02", "2021-11-30")]),
    (
        "Operating hour limits applied from July 7 to September 30 this year.",
        "2021-10-28",
        [day("2021-07-07", "2021-09-30")],
    ),
    (
        "The pilot project will run from March 7 to 16 next year.",
        "2021-10-28",
        [day("2022-03-07", "2022-03-16")],
    ),
    ("Sales run from December 20, 2021 to January 9, 2022.", "2021-10-28", [day("2021-12-20", "2022-01-09")]),
    ("The robotics camp will run from January 4 to 7.", "2021-12-30", [day("2022-01-04", "2022-01-07")]),
    (
        "The light festival runs from December 17 to January 2.",
        "2021-12-30",
        [day("2021-12-17", "2022-01-02")],
    ),
    (
        "The light festival ran from December 17 to January 2.",
        "2022-01-03",
        [day("2021-12-17", "2022-01-02")],
    ),
    ("The holiday market runs 10-12 December.", "2021-10-28", [day("2021-12-10", "2021-12-12")]),
    (
        "Applications will be accepted Nov. 8–19 at community centers.",
        "2021-10-28",
        [day("2021-11-08", "2021-11-19")],
    ),
    ("The trial period lasts from 1 to 14 November.", "2021-10-28", [day("2021-11-01", "2021-11-14")]),
    (
        "The service center will be closed Nov. 1 (Mon.) to 5 (Fri.).",
        "2021-10-28",
        [day("2021-11-01", "2021-11-05")],
    ),
    ("Registration runs from Nov. 1 through Nov. 12, 2021.", "2021-10-28", [day("2021-11-01", "2021-11-12")]),
    ("The art market runs Sept. 27–Oct. 3.", "2021-09-20", [day("2021-09-27", "2021-10-03")]),
    (
        "The flower festival was held from April 2 to April 4.",
        "2021-10-28",
        [day("2021-04-02", "2021-04-04")],
    ),
    (
        "The film week will be held from 2021-11-15 to 2021-11-21.",
        "2021-10-28",
        [day("2021-11-15", "2021-11-21")],
    ),
    ("The exhibition will run from Feb. 26 to Mar. 2.", "2024-02-20", [day("2024-02-26", "2024-03-02")]),
    ("The snow festival runs from Dec. 24 through Jan. 2.", "2021-12-01", [day("2021-12-24", "2022-01-02")]),
    (
        "The riverside walk will be held between November 13 and November 14.",
        "2021-10-28",
        [day("2021-11-13", "2021-11-14")],
    ),
]

# --- Lists of days: each listed day is a mention; "the weekend of X and Y" is one span --------------------

DAY_LIST = [
    # days listed before the month they share
    ("It will stay open as usual on the 16th and 18th of February.", "2025-12-08", [day("2026-02-16"), day("2026-02-18")]),
    # days listed in order, told as coming: none before the one listed before it
    ("Sessions are held on the 7th, 14th, 21st and 28th.", "2022-08-25",
     [day("2022-09-07"), day("2022-09-14"), day("2022-09-21"), day("2022-09-28")]),
    ("Guided tours will run on October 21 and 23.", "2021-10-15", [day("2021-10-21"), day("2021-10-23")]),
    # weekends counted, then told: the days told, no repetition ("two weekends, the 20th~21st and the 27th~28th")
    ("The festival will be held on the lake over two weekends, the 20th~21st and the 27th~28th.", "2024-01-10",
     [day("2024-01-20", "2024-01-21"), day("2024-01-27", "2024-01-28")]),
    # ranges listed after a range, in its month (here with lost dashes)
    ("The night tour runs on April 12?14, 19?21 and 26?28, and May 3?5 and 10?12.", "2024-04-02",
     [day("2024-04-12", "2024-04-14"), day("2024-04-19", "2024-04-21"), day("2024-04-26", "2024-04-28"),
      day("2024-05-03", "2024-05-05"), day("2024-05-10", "2024-05-12")]),
    ("The market opens on Nov. 3-5 and 10-12 at the hall.", "2024-10-02",
     [day("2024-11-03", "2024-11-05"), day("2024-11-10", "2024-11-12")]),
    (
        "Free screenings will be held on the 13th, 18th and 20th.",
        "2021-11-05",
        [day("2021-11-13"), day("2021-11-18"), day("2021-11-20")],
    ),
    (
        "The mobile clinic will visit the market on November 2, 9 and 16.",
        "2021-10-28",
        [day("2021-11-02"), day("2021-11-09"), day("2021-11-16")],
    ),
    ("Inspections took place on October 5 and 19.", "2021-10-28", [day("2021-10-05"), day("2021-10-19")]),
    (
        "The concerts are held on October 29 and November 5.",
        "2021-10-28",
        [day("2021-10-29"), day("2021-11-05")],
    ),
    (
        "The district will hold briefings on the 2nd and 9th of next month.",
        "2021-10-28",
        [day("2021-11-02"), day("2021-11-09")],
    ),
    (
        "Classes will be held on November 3, 10, 17 and 24.",
        "2021-10-28",
        [day("2021-11-03"), day("2021-11-10"), day("2021-11-17"), day("2021-11-24")],
    ),
    ("Lectures are scheduled for Nov. 4 and Nov. 11.", "2021-10-28", [day("2021-11-04"), day("2021-11-11")]),
    (
        "The council met on the 4th, 11th, and 18th.",
        "2021-10-28",
        [day("2021-10-04"), day("2021-10-11"), day("2021-10-18")],
    ),
    (
        "Flea markets will open on the weekend of the 30th and 31st.",
        "2021-10-28",
        [day("2021-10-30", "2021-10-31")],
    ),
    (
        "The forum will take place on the weekend of November 13 and 14.",
        "2021-10-28",
        [day("2021-11-13", "2021-11-14")],
    ),
    (
        "The results were announced on the 20th, and the awards will be given on November 2.",
        "2021-10-28",
        [day("2021-10-20"), day("2021-11-02")],
    ),
    (
        "Applications open on November 1 and close on November 12.",
        "2021-10-28",
        [day("2021-11-01"), day("2021-11-12")],
    ),
    # A bare number after a list is a count when a noun follows it; a day when a preposition does.
    (
        "Applications will be accepted from the 21st to the 30th of this month, and 30 trainees will be selected.",
        "2022-03-10",
        [day("2022-03-21", "2022-03-30")],
    ),
    ("The stalls open on November 5, and 20 vendors will take part.", "2021-10-28", [day("2021-11-05")]),
    ("Tours run on November 6 and 13 at the fortress wall.", "2021-10-28", [day("2021-11-06"), day("2021-11-13")]),
]

# --- Clock times joined to their day -----------------------------------------------------------------------

TIME = [
    # nights over a span of days end the morning after the last one, "the following morning" as "the next day"
    ("The repaving will be carried out from April 24 to 28, from 10 p.m. to 6 a.m. the following morning.", "2023-04-11",
     [time("2023-04-24T22:00", "2023-04-29T06:00")]),
    # hours told with minutes are a clock's, whatever comes before "from"
    ("The class meets from 10:00 to 11:30 on the 10th.", "2022-12-06", [time("2022-12-10T10:00", "2022-12-10T11:30")]),
    ("The festival is on the 20th (Sat). It runs from 8 in the morning, with a contest, until 10 at night.", "2024-07-03",
     [day("2024-07-20"), time("2024-07-20T08:00"), time("2024-07-20T22:00")]),
    (
        "A walk-in testing booth will run on the 30th from 3 p.m. to 6 p.m.",
        "2021-10-28",
        [time("2021-10-30T15:00", "2021-10-30T18:00")],
    ),
    (
        "On the 28th, the welcome party will be held from 7 to 9 p.m.",
        "2021-10-28",
        [time("2021-10-28T19:00", "2021-10-28T21:00")],
    ),
    (
        "On the 29th, from 7 p.m., a quiz show will air online.",
        "2021-10-28",
        [time("2021-10-29T19:00")],
    ),
    (
        "Discount coupons will be handed out from 2 p.m. on November 1.",
        "2021-10-28",
        [time("2021-11-01T14:00")],
    ),
    ("The vouchers go on sale at 10 a.m. on November 3.", "2021-10-28", [time("2021-11-03T10:00")]),
    ("The lottery draw takes place at 4 p.m. on November 1.", "2021-10-28", [time("2021-11-01T16:00")]),
    ("The briefing starts at 10 AM on November 9.", "2021-10-28", [time("2021-11-09T10:00")]),
    ("The doors open at 10:30 a.m. on Nov. 6.", "2021-10-28", [time("2021-11-06T10:30")]),
    ("The seminar begins at 14:00 on November 2.", "2021-10-28", [time("2021-11-02T14:00")]),
    ("The ceremony starts at 3 o'clock on the 5th.", "2021-10-28", [time("2021-11-05T15:00")]),
    # 24:00 is the midnight that ends a day, as is "midnight on" a day; from 0:00 on one day to 24:00 on another
    # are those whole days
    ("Distancing applies from 0:00 on the 6th to 24:00 on the 19th.", "2021-10-28", [day("2021-11-06", "2021-11-19")]),
    ("Gatherings are banned until 24:00 on the 31st.", "2021-10-28", [time("2021-11-01T00:00")]),
    ("The rule applies until midnight on the 31st.", "2021-10-28", [time("2021-11-01T00:00")]),
    # but the midnight before small hours told of a day begins that day
    ("Trains will run until 2 a.m. on Jan. 1. Extra trips will run between midnight and 2 a.m.", "2025-12-23",
     [time("2026-01-01T02:00"), time("2026-01-01T00:00", "2026-01-01T02:00")]),
    ("The walk starts at 9 o'clock in the morning on the 5th.", "2021-10-28", [time("2021-11-05T09:00")]),
    ("The webinar will run from 2 to 4 in the afternoon on the 5th.", "2021-10-28",
     [time("2021-11-05T14:00", "2021-11-05T16:00")]),
    ("The meeting will start at noon on the 29th.", "2021-10-28", [time("2021-10-29T12:00")]),
    # an end told first, then the start: one stretch of hours
    ("On the 4th the library stays open until 10 p.m., and from 7 p.m. it offers film screenings.", "2023-08-01",
     [time("2023-08-04T19:00", "2023-08-04T22:00")]),
    # an end hour told bare is the first such hour after the start
    ("The book fair is on the 25th from noon to 4.", "2023-05-10", [time("2023-05-25T12:00", "2023-05-25T16:00")]),
    ("The clinic runs from 10 a.m. to 3 on the 5th.", "2021-10-28", [time("2021-11-05T10:00", "2021-11-05T15:00")]),
    ("Doors open at 10 a.m. on the 9th to 2,000 expected visitors.", "2023-09-06", [time("2023-09-09T10:00")]),
    # opening hours told without a.m. or p.m.: morning starts, afternoon ends
    ("The market on the 20th is open from 9 to 6.", "2023-05-10", [time("2023-05-20T09:00", "2023-05-20T18:00")]),
    ("The lanterns are lit from 6 until 11 p.m. on the 20th.", "2023-05-10", [time("2023-05-20T18:00", "2023-05-20T23:00")]),
    ("The room will also open on the 20th, from 9 till noon.", "2023-05-10", [time("2023-05-20T09:00", "2023-05-20T12:00")]),
    ("The fair on the 20th, open from 9 to 6 both days.", "2023-05-10",
     [day("2023-05-20"), time("2023-05-20T09:00", "2023-05-20T18:00")]),
    ("The grounds on the 29th are open from 10 until 6.", "2024-08-20", [time("2024-08-29T10:00", "2024-08-29T18:00")]),
    ("The center on the 3rd operates from 1 to 5.", "2021-10-28", [time("2021-11-03T13:00", "2021-11-03T17:00")]),
    (
        "The market is open from noon to 6:00 p.m. on November 6.",
        "2021-10-28",
        [time("2021-11-06T12:00", "2021-11-06T18:00")],
    ),
    ("The countdown event starts December 31, from 11:30 PM.", "2021-12-20", [time("2021-12-31T23:30")]),
    ("A sunrise walk begins at 7 AM on January 1.", "2021-12-30", [time("2022-01-01T07:00")]),
    (
        "The night market on the 5th runs from 6 p.m. until noon the following day.",
        "2021-11-02",
        [time("2021-11-05T18:00", "2021-11-06T12:00")],
    ),
    (
        "The bookstore will stay open on the 5th from 6 p.m. until midnight.",
        "2021-11-02",
        [time("2021-11-05T18:00", "2021-11-06T00:00")],
    ),
    (
        "On the 5th, the plaza will host a party from 9 p.m. until 2 a.m. the following day.",
        "2021-11-02",
        [time("2021-11-05T21:00", "2021-11-06T02:00")],
    ),
    (
        "The lecture runs from 2 to 4 p.m. on November 10.",
        "2021-10-28",
        [time("2021-11-10T14:00", "2021-11-10T16:00")],
    ),
    (
        "Consultations are offered from 9 to 11 a.m. on November 15.",
        "2021-10-28",
        [time("2021-11-15T09:00", "2021-11-15T11:00")],
    ),
    (
        "The guided walk will take place between 2 and 4 p.m. on November 9.",
        "2021-10-28",
        [time("2021-11-09T14:00", "2021-11-09T16:00")],
    ),
    (
        "The workshop runs 14:00–17:00 on November 2.",
        "2021-10-28",
        [time("2021-11-02T14:00", "2021-11-02T17:00")],
    ),
    ("The shop opens at 9am on Nov. 20.", "2021-10-28", [time("2021-11-20T09:00")]),
    ("The talk starts at 7pm on the 29th.", "2021-10-28", [time("2021-10-29T19:00")]),
    ("On November 4 at 3:30 p.m., the winners will be announced.", "2021-10-28", [time("2021-11-04T15:30")]),
    ("The concert begins at 12 p.m. on November 7.", "2021-10-28", [time("2021-11-07T12:00")]),
    ("The lecture begins at 12:30 p.m. on November 8.", "2021-10-28", [time("2021-11-08T12:30")]),
    ("At 10 in the morning on November 11, the bells will ring.", "2021-10-28", [time("2021-11-11T10:00")]),
    ("The fireworks start at 8 in the evening on November 6.", "2021-10-28", [time("2021-11-06T20:00")]),
    (
        "The booth will be staffed from 10 a.m. to 4 p.m. on Nov. 8.",
        "2021-10-28",
        [time("2021-11-08T10:00", "2021-11-08T16:00")],
    ),
    (
        "The fair runs from 10:00 to 18:00 on November 13.",
        "2021-10-28",
        [time("2021-11-13T10:00", "2021-11-13T18:00")],
    ),
    ("Tickets go on sale tomorrow at 9 a.m.", "2021-10-28", [time("2021-10-29T09:00")]),
    ("The briefing was held yesterday at 3 p.m.", "2021-10-28", [time("2021-10-27T15:00")]),
    ("The lantern parade starts tonight at 7 p.m.", "2021-10-28", [time("2021-10-28T19:00")]),
    (
        "The road will be closed from 10 p.m. on November 5 until 5 a.m. on November 6.",
        "2021-10-28",
        [time("2021-11-05T22:00", "2021-11-06T05:00")],
    ),
    (
        "The bell ceremony runs from 11:30 p.m. on December 31 to 12:30 a.m. on January 1.",
        "2021-12-20",
        [time("2021-12-31T23:30", "2022-01-01T00:30")],
    ),
    (
        "From 9 a.m. on the 1st to 6 p.m. on the 5th of next month, applications will be taken online.",
        "2021-10-28",
        [time("2021-11-01T09:00", "2021-11-05T18:00")],
    ),
    (
        "On the 30th at 3 p.m., the district will hold a completion ceremony.",
        "2021-10-28",
        [time("2021-10-30T15:00")],
    ),
    ("Online sales open at 10 AM on Monday, Nov. 1.", "2021-10-28", [time("2021-11-01T10:00")]),
    ("The vote count begins at 6 p.m. on the 3rd.", "2021-10-28", [time("2021-11-03T18:00")]),
    ("The hearing was held at 2 p.m. on the 26th.", "2021-10-28", [time("2021-10-26T14:00")]),
    (
        "The gala will be held on November 19 from 6:30 to 9:00 p.m.",
        "2021-10-28",
        [time("2021-11-19T18:30", "2021-11-19T21:00")],
    ),
    ("The count ended at 1:15 a.m. on the 28th.", "2021-10-28", [time("2021-10-28T01:15")]),
    (
        "Voting runs from 6 a.m. to 6 p.m. on March 9.",
        "2022-03-01",
        [time("2022-03-09T06:00", "2022-03-09T18:00")],
    ),
]

# --- Weekdays, alone or named beside a date -----------------------------------------------------------------

WEEKDAY = [
    ("The district will hold a town hall meeting on Friday.", "2021-10-28", [day("2021-10-29")]),
    ("The district said Friday that the plan had been approved.", "2021-10-28", [day("2021-10-22")]),
    ("The committee met on Monday to review the applications.", "2021-10-28", [day("2021-10-25")]),
    ("The playground will reopen on Monday.", "2021-10-28", [day("2021-11-01")]),
    ("The mayor visited the market last Thursday.", "2021-10-28", [day("2021-10-21")]),
    ("A public hearing will be held next Monday.", "2021-10-28", [day("2021-11-01")]),
    # a span whose end is told from its start
    ("Applications open at 9 a.m. on the 13th (Thu) and close at 5 p.m. the following Monday.", "2023-04-11",
     [time("2023-04-13T09:00", "2023-04-17T17:00")]),
    # a weekday with its week told after it: that week's day ("Thursday next week" is not this coming Thursday)
    ("The lecture will be held on Zoom at 7 p.m. on Thursday next week.", "2022-01-05", [time("2022-01-13T19:00")]),
    ("The market opens on Friday of this week, and the talk is on Monday, next week.", "2022-01-05",
     [day("2022-01-07"), day("2022-01-10")]),
    ("The library will close early this Saturday.", "2021-10-28", [day("2021-10-30")]),
    # what a person can do from a day lies ahead, past an earlier verb of the sentence
    ("The county staggered the start, and those aged 65 to 74 can do so from the 22nd.", "2019-10-16",
     [day("2019-10-22")]),
    # "the weekend of" a Saturday or a Sunday: both days
    ("The festival is the weekend of the 1st at the garden.", "2024-05-22", [day("2024-06-01", "2024-06-02")]),
    ("The market returns the weekend of the 21st.", "2025-12-11", [day("2025-12-20", "2025-12-21")]),
    # a present verb of a scheduled happening looks ahead to its weekday
    ("Tickets go on sale Monday at 10 a.m.", "2022-09-01", [time("2022-09-05T10:00")]),
    ("The festival kicks off Friday at Elm Park.", "2022-09-01", [day("2022-09-02")]),
    ("Sign-ups open Monday on the center's website.", "2023-10-18", [day("2023-10-23")]),
    ("Registration closes Friday.", "2023-10-18", [day("2023-10-20")]),
    ("The fireworks show is set for 8 p.m. Saturday over the river.", "2023-10-18", [time("2023-10-21T20:00")]),
    ("The market opened Monday with 60 stalls.", "2023-10-18", [day("2023-10-16")]),
    ("The strike came to an end Monday, officials said.", "2023-09-06", [day("2023-09-04")]),
    ("The ice rink stayed open Monday despite the rain.", "2023-09-06", [day("2023-09-04")]),
    ("Hill-gu has set up a response team on Monday.", "2023-09-06", [day("2023-09-04")]),
    ("On Saturday, volunteers will plant trees along the stream.", "2021-10-28", [day("2021-10-30")]),
    ("The office announced on Tuesday that applications had doubled.", "2021-10-28", [day("2021-10-26")]),
    ("The district said Thursday that it had finished the survey.", "2021-10-28", [day("2021-10-28")]),
    ("The district will hold a concert this Sunday.", "2021-10-28", [day("2021-10-31")]),
    ("On Friday at 2 p.m., the council will vote on the budget.", "2021-10-28", [time("2021-10-29T14:00")]),
    ("The ice festival ended on Sunday.", "2022-01-03", [day("2022-01-02")]),
    ("A vaccination bus will visit the village next Tuesday.", "2021-11-05", [day("2021-11-09")]),
    ("Inspectors checked 20 restaurants last Monday.", "2021-11-05", [day("2021-11-01")]),
    ("The city will unveil the design on Wednesday.", "2023-06-15", [day("2023-06-21")]),
    ("The city unveiled the design on Wednesday.", "2023-06-15", [day("2023-06-14")]),
    ("The mayor met with residents on Friday.", "2025-05-12", [day("2025-05-09")]),
    ("The district will announce the winners on Friday.", "2025-05-12", [day("2025-05-16")]),
    ("The new rules were announced last Friday.", "2024-03-01", [day("2024-02-23")]),
    ("The market will open on Thursday.", "2024-02-27", [day("2024-02-29")]),
    # a limit already past, a plan told in the past tense, a weekday naming a happening
    ("Until Thursday, the district had not named a contractor.", "2021-10-29", [day("2021-10-28")]),
    ("Residents were planning to hold a rally on Monday.", "2021-10-28", [day("2021-11-01")]),
    ("Officials would look for ways around Wednesday's ruling.", "2021-10-29", [day("2021-10-27")]),
    ("The festival is planned for Saturday.", "2021-10-28", [day("2021-10-30")]),
    ("The hastily planned trip took place on Friday.", "2021-10-28", [day("2021-10-22")]),
    ("Protesters planned a large demonstration on Saturday and were planning to drive around the airport on Monday.",
     "2021-10-28", [day("2021-10-30"), day("2021-11-01")]),
    ("The team planned to leave the capital on Thursday for the coast.", "2021-10-27", [day("2021-10-28")]),
    ("On Friday, the government planned to pay the first claims.", "2021-10-27", [day("2021-10-22")]),
    ("The agency ruled that the boy must be returned and set Friday as the deadline.", "2021-10-30", [day("2021-10-29")]),
    ("The district will set Monday as the deadline.", "2021-10-28", [day("2021-11-01")]),
    ("The exhibition runs until the 21st.", "2021-10-28", [day("2021-11-21")]),  # an end still ahead
    ("The exhibition is open through the 21st.", "2021-10-28", [day("2021-11-21")]),
    # a start told with its month, then a bare end in a clause of its own that says it is still running
    ("The show, which opened on Oct. 8 and runs until the 17th, is free.", "2024-11-07", [day("2024-10-08", "2024-11-17")]),
    ("The fair, which opened on Oct. 8 and runs until the 17th, is free.", "2024-10-10", [day("2024-10-08", "2024-10-17")]),
    ("Submit applications by the 21st.", "2021-10-28", [day("2021-11-21")]),
    ("The exhibition was open through the 21st.", "2021-10-28", [day("2021-10-21")]),
    ("The deadline is 5 p.m. Friday.", "2021-10-28", [time("2021-10-29T17:00")]),
    # "the weekend" after a preposition: the coming one or the last one, by tense, as a Saturday-Sunday week
    ("The lantern festival will be held over the weekend.", "2021-10-28", [week("2021-10-30", "2021-10-31")]),
    ("Visitors packed the park over the weekend.", "2021-10-28", [week("2021-10-23", "2021-10-24")]),
    ("The weekend market reopens.", "2021-10-28", []),
    ("The closing concert is on Saturday.", "2021-10-28", [day("2021-10-30")]),
    ("The closing concert was on Saturday.", "2021-10-28", [day("2021-10-23")]),
    ("The council meets Monday to vote on the budget.", "2021-10-28", [day("2021-11-01")]),
    ("The committee did not meet Monday.", "2021-10-28", [day("2021-10-25")]),
    ("Protesters held a march on Saturday and were planning to hold a rally on Monday.", "2021-10-28",
     [day("2021-10-23"), day("2021-11-01")]),
]

# --- Relative days: today, tonight, yesterday, tomorrow, N days ago, in N weeks --------------------------

RELATIVE = [
    ("The district launched the campaign today.", "2021-10-28", [day("2021-10-28")]),
    # "tonight", "this morning", "Friday night": a part of the day, reported with that grain, never a whole day
    ("The lantern festival opens tonight.", "2021-10-28", [("2021-10-28", None, "daypart")]),
    # days no tense places, right after a coming span in a notice's fields, come after it
    ("○ Priority: Nov. 8 (Mon.) ~ 12 (Fri.) ○ General: from the 15th until the 30th", "2021-11-03",
     [day("2021-11-08", "2021-11-12"), day("2021-11-15", "2021-11-30")]),
    ("△Registration: Sept. 4 (Mon.)~8 (Fri.) △Results: the 12th", "2023-08-22",
     [day("2023-09-04", "2023-09-08"), day("2023-09-12")]),
    # the end's day told alone between the two hours
    ("○ Ages 50~54: reservations July 19 (Mon.) 20:00 ~ 24 (Sat.) 18:00", "2021-07-14",
     [time("2021-07-19T20:00", "2021-07-24T18:00")]),
    ("Open July 1 10:00~23:00.", "2021-06-14", [time("2021-07-01T10:00", "2021-07-01T23:00")]),
    ("The 5th council's 14 policy proposals included a late-night study room.", "2024-02-06", []),
    # a time word in a name is no time; "the eve" beside the date it is names no other day; "returns" looks ahead
    ("The 'Midnight Mud Party' will run from 8 p.m. to 11 p.m. on the 29th.", "2023-07-05",
     [time("2023-07-29T20:00", "2023-07-29T23:00")]),
    ("On the eve of the festival, the 20th (Thu.), residents will march to the park.", "2023-07-05", [day("2023-07-20")]),
    ("Mud River Festival Returns for 10 Days From the 21st", "2023-07-05", [day("2023-07-21", "2023-07-30")]),
    # "today" set against a past: these days
    ("The photos compare the old town's alleys in the 1970s with the same places today.", "2023-05-11", []),
    # "the day before" told after a date is that date said another way
    ("The old office will close on Dec. 9 (Mon.), the day before, for the move.", "2024-11-19", [day("2024-12-09")]),
    # headlines in capitals
    ("LANTERN PARADE TONIGHT", "2021-10-28", [("2021-10-28", None, "daypart")]),
    ("NIGHT MARKET RETURNS THIS WEEKEND", "2021-10-28", [week("2021-10-30", "2021-10-31")]),
    # a month's or weekday's short name inside another word is none
    ("Mayor Ryu met Marine Corps veterans and Sunhill teachers at the headquarters.", "2021-10-28", []),
    ("Today, the district opened a new shelter.", "2021-10-28", [day("2021-10-28")]),
    ("The results were announced yesterday.", "2021-10-28", [day("2021-10-27")]),
    ("Voting begins tomorrow.", "2021-10-28", [day("2021-10-29")]),
    ("Tomorrow's forum will be streamed online.", "2021-10-28", [day("2021-10-29")]),
    ("The plan was approved two days ago.", "2021-10-28", [day("2021-10-26")]),
    ("The bridge will reopen in three weeks.", "2021-10-28", [day("2021-11-18")]),
    ("The library annex opened a week ago.", "2021-10-28", [day("2021-10-21")]),
    ("The second phase starts the day after tomorrow.", "2021-10-28", [day("2021-10-30")]),
    ("The pilot ended the day before yesterday.", "2021-10-28", [day("2021-10-26")]),
    ("The district will decide in 10 days.", "2021-10-28", [day("2021-11-07")]),
    ("Two weeks ago, the district opened a new clinic.", "2021-10-28", [day("2021-10-14")]),
    ("The council will meet again in two weeks.", "2021-10-28", [day("2021-11-11")]),
    ("The district began the survey five days ago.", "2021-10-28", [day("2021-10-23")]),
    ("The second round of interviews will follow a week later.", "2021-10-28", [day("2021-11-04")]),
    ("Residents can apply starting today.", "2021-10-28", [day("2021-10-28")]),
    ("The window is open until tomorrow.", "2021-10-28", [day("2021-10-29", None)]),
    ("The ice rink opens tomorrow.", "2021-12-30", [day("2021-12-31")]),
    ("The new rules take effect tomorrow.", "2019-12-31", [day("2020-01-01")]),
    ("The fair ended yesterday.", "2024-03-01", [day("2024-02-29")]),
    ("The plan was announced three days ago.", "2022-01-03", [day("2021-12-31")]),
    ("Yesterday the district closed two parks.", "2024-01-01", [day("2023-12-31")]),
]

# --- Days told from another date of the story: the latest single day read before them in the paragraph
# (else in the text, else the publication date). "A year earlier" counts from a date of its own sentence,
# else from the publication date, and is only about that day: grain "approximate", never a claimed day.

REFERENCE = [
    # "the final day of the session" told after "which opened on the 4th, runs through the 14th": its span's last day
    (("The session, which opened on the 4th, runs through the 14th. The plenary meeting is on the final day of the "
      "session."), "2022-01-05", [day("2022-01-04"), day("2022-01-14"), day("2022-01-14")]),
    ("The forest trail will open on the 30th, a week from now.", "2023-11-23", [day("2023-11-30"), day("2023-11-30")]),
    ("An artist talk is scheduled for two weeks from today at 3 p.m.", "2023-10-18", [time("2023-11-01T15:00")]),
    # the day before, in the past tense, after a coming day: the day before the news
    ("The camp opens on the 2nd of next month. The county signed an agreement the previous day.", "2023-11-23",
     [day("2023-12-02"), day("2023-11-22")]),
    # days told from the first day of the span told before, however many single days come between
    (("The fair runs from the 29th to October 1. On the opening day, the show starts at 7 p.m. The day after, the "
      "parade sets off at 4 p.m. from the station. Two days after the opening, fireworks light up the sky."), "2022-09-18",
     [day("2022-09-29", "2022-10-01"), time("2022-09-29T19:00"), time("2022-09-30T16:00"), day("2022-10-01")]),
    ("The day after the election, the parade sets off at 4 p.m. from the station.", "2022-09-18", []),
    ("The festival opens on November 5. The next day, a concert will be held.", "2021-10-28",
     [day("2021-11-05"), day("2021-11-06")]),
    ("The exhibition opened on the 20th. A week later, it moved to the city hall.", "2021-10-28",
     [day("2021-10-20"), day("2021-10-27")]),
    ("The forum was held on the 25th, and the results were announced the following day.", "2021-10-28",
     [day("2021-10-25"), day("2021-10-26")]),
    ("On the 27th, the district held a cleanup; that same day, volunteers planted trees.", "2021-10-28",
     [day("2021-10-27"), day("2021-10-27")]),
    ("Earlier that day, the mayor visited a market.", "2021-10-28", []),  # no day told before it
    # a count from a day, then the days it comes to: those days, once
    ("The fair, planned for the 23rd and 24th, will be held a week later, on the 30th and 31st.", "2024-03-05",
     [day("2024-03-23"), day("2024-03-24"), day("2024-03-30"), day("2024-03-31")]),
    # a bare day no tense places is that day of the coming span told just before, not last month's
    ("The book festival takes place Sept. 23-25. The highlight is a talk at 7:30 p.m. on the 24th.", "2022-09-01",
     [day("2022-09-23", "2022-09-25"), time("2022-09-24T19:30")]),
    ("The fair runs Dec. 1-5. Applications closed on the 3rd.", "2021-11-20", [day("2021-12-01", "2021-12-05"),
                                                                                 day("2021-11-03")]),
    ("The hall closed last October, and the sign came down that same day.", "2021-10-28", [month("2020-10")]),
    ("The district opened the center on the 20th and held a ceremony the day before.", "2021-10-28",
     [day("2021-10-20"), day("2021-10-19")]),
    ("Registration closes the day before the election.", "2021-10-28", []),
    # late hours "until 1 a.m. the following morning" make no span: "the first day" is still the festival's
    (("The festival runs from the 29th to January 5. On New Year's Eve it stays lit until 1 a.m. the following morning. "
      "A ceremony opens the festival on the first day."), "2019-11-21",
     [day("2019-11-29", "2020-01-05"), day("2019-12-31"), time("2020-01-01T01:00"), day("2019-11-29")]),
    # "the eve of the festival": the day before the festival told
    ("The festival is on the second Saturday of next month. On the eve of the festival, a forum will be held at 3 p.m.",
     "2023-08-30", [day("2023-09-09"), time("2023-09-08T15:00")]),
    # a time on the first day of the span told: that day's
    ("The garden opens on the 20th (Fri) until February 28. The ceremony begins at 5:30 p.m. on the opening day.",
     "2024-12-13", [day("2024-12-20", "2025-02-28"), time("2024-12-20T17:30")]),
    ("The council will open its session on the 23rd and run it for eight days. The plenary opens at 10 a.m. on the first day.",
     "2025-09-18", [day("2025-09-23", "2025-09-30"), time("2025-09-23T10:00")]),
    # a holiday the happening closes for is no span that "the first night" counts from
    (("The market runs from September 1 to October 28. It will close during the Chuseok holidays. The opening ceremony "
      "is at 8 p.m. on the first night."), "2023-08-30",
     [day("2023-09-01", "2023-10-28"), day("2023-09-28", "2023-09-30"), time("2023-09-01T20:00")]),
    # the day before a happening named before: that happening's day, not the latest day told
    (("The district will hold a lecture at 2 p.m. on the 20th. Registration opens on the 8th and closes the day "
      "before the lecture."), "2024-03-04", [time("2024-03-20T14:00"), day("2024-03-08"), day("2024-03-19")]),
    ("The festival is on the 12th. The parade is on the 9th. Stalls are set up the day before the festival.",
     "2024-03-04", [day("2024-03-12"), day("2024-03-09"), day("2024-03-11")]),
    ("Day after day, volunteers delivered meals.", "2021-10-28", []),
    ("The district held a drill the day before last Tuesday.", "2021-10-28", [day("2021-10-25")]),
    ("The market reopened two days after Christmas Day.", "2021-12-30", [day("2021-12-27")]),
    ("The museum reopened on Friday, and the previous Friday it had hosted a gala.", "2021-10-28",
     [day("2021-10-22"), day("2021-10-15")]),
    ("The shelter closed on Oct. 3. That night, residents returned.", "2021-10-28",
     [day("2021-10-03"), ("2021-10-03", None, "daypart")]),
    ("The fair closes on the 30th. It reopens the next morning at 10 a.m.", "2021-10-28",
     [day("2021-10-30"), time("2021-10-31T10:00")]),
    ("The festival opens on the 5th, and at 7 p.m. the next day a concert follows.", "2021-10-28",
     [day("2021-11-05"), time("2021-11-06T19:00")]),
    ("On the 5th a parade is held. The next day, a concert will be held from 7 p.m.", "2021-10-28",
     [day("2021-11-05"), time("2021-11-06T19:00")]),
    ("The center reopened on the 4th, and two months later it added a gym.", "2021-10-28",
     [day("2021-10-04"), month("2021-12")]),
    ("The pier was closed a week or so ago.", "2021-10-28", [("2021-10-21", None, "approximate")]),
    ("Sales rose 5% from a year ago.", "2021-10-28", [("2020-10-28", None, "approximate")]),
    ("Visitors doubled from a year earlier.", "2021-10-28", [("2020-10-28", None, "approximate")]),
    ("The park opened in 2010, and a year later a museum followed.", "2021-10-28", [year("2010"), year("2011")]),
    ("It happened two years ago.", "2024-02-29", [("2022-02-28", None, "approximate")]),
]

# --- Periods: weeks, weekends, months, parts of months and years, seasons, quarters, years --------------

PERIOD = [
    ("The hall closed last October.", "2021-10-28", [month("2020-10")]),
    ("The hall was closed last October.", "2021-11-05", [month("2021-10")]),
    ("The market reopens next March.", "2021-10-28", [month("2022-03")]),
    ("The market reopens next November.", "2021-10-28", [month("2021-11")]),
    ("The pool opened last March 3.", "2021-10-28", [day("2021-03-03")]),
    ("The district will hold the event in the first week of November.", "2021-10-28", [week("2021-11-01", "2021-11-07")]),
    ("The event will be held in the second week of December.", "2021-10-28", [week("2021-12-08", "2021-12-14")]),
    ("Repairs finish in the last week of next month.", "2021-10-28", [week("2021-11-24", "2021-11-30")]),
    ("The district will run safety checks this week.", "2021-10-28", [week("2021-10-25", "2021-10-31")]),
    ("Applications open next week.", "2021-10-28", [week("2021-11-01", "2021-11-07")]),
    ("The council debated the budget last week.", "2021-10-28", [week("2021-10-18", "2021-10-24")]),
    ("Parks will host small concerts this weekend.", "2021-10-28", [week("2021-10-30", "2021-10-31")]),
    # a day to the end of a month or a year runs to its last day
    ("Applications will be accepted from the 16th until the end of this month.", "2022-03-15",
     [day("2022-03-16", "2022-03-31")]),
    ("Free flu shots are offered starting October 12 until the end of the year.", "2022-09-28",
     [day("2022-10-12", "2022-12-31")]),
    # a bare day before a named end in the next year, written in December, is this December's
    ("The sledding park runs from the 24th to February 13 next year.", "2021-12-20", [day("2021-12-24", "2022-02-13")]),
    # a bare first day is read as it would be alone; the named end only has to follow it
    ("A sledding field will operate from the 25th to February 13.", "2021-12-20", [day("2021-12-25", "2022-02-13")]),
    # "10.1 (Sat)": a month and day with a dot, with its weekday
    ("The festival will be held on 10.1 (Sat) ~ 10.2 (Sun) at the park.", "2022-09-28", [day("2022-10-01", "2022-10-02")]),
    ("A briefing will be streamed at 14:00 on 3.22 (Tue).", "2022-03-15", [time("2022-03-22T14:00")]),
    # the days a schedule skips are no days of their own
    ("The exhibition hall is closed on Mondays, and the café opens at 9 except on Sundays.", "2024-05-08", []),
    ("Parking is free on Sundays and public holidays.", "2019-09-24", []),
    ("○ Closed: Mondays ○ Admission: 2,000 won", "2025-08-20", []),  # (a field of a notice)
    # "the first of next month": an ordinal in a word, with the month it is of
    ("Millbrook-gu will hold its walking festival on the first of next month.", "2022-09-28", [day("2022-10-01")]),
    ("The shop opens on the first of November at 10 a.m.", "2022-09-28", [time("2022-11-01T10:00")]),
    ("She was the first of three speakers to finish.", "2022-09-28", []),
    ("The first of the two sessions is on the 5th.", "2022-09-28", [day("2022-10-05")]),
    # a happening held once "from Friday through Sunday" is those days of the coming week; a schedule repeats
    ("The festival will be held from Friday through Sunday at the beach.", "2022-09-27", [day("2022-09-30", "2022-10-02")]),
    ("The fair will be held at the park from Saturday to Monday.", "2022-09-27", [day("2022-10-01", "2022-10-03")]),
    # a dash lost to "?" after a weekday: "Sept. 27 (Sat)?28 (Sun)"
    ("The book festival is on Sept. 27 (Sat)?28 (Sun) at the plaza.", "2025-08-20", [day("2025-09-27", "2025-09-28")]),
    # "the last day of the month": that month's last day, of the year it is in (2024 is a leap year)
    ("Responses must be in by 6 p.m. on the last day of the month.", "2024-02-26", [time("2024-02-29T18:00")]),
    ("The fair closes on the last day of next month.", "2021-10-28", [day("2021-11-30")]),
    ("Entries close on the last day of February.", "2023-11-14", [day("2024-02-29")]),
    ("The show opens on the first day of November.", "2022-09-28", [day("2022-11-01")]),
    ("It closes on the final day\nof next month.", "2024-02-26", [day("2024-03-31")]),  # (a line break inside)
    ("The closing ceremony is on the last day of the festival.", "2022-09-28", []),
    # "31st." ends a sentence ("St." does not): the hours after it are told in a sentence of their own
    ("The ceremony is on the 31st. It starts at 11 p.m., and the bell will be struck at midnight.", "2023-12-04",
     [day("2023-12-31"), time("2023-12-31T23:00"), time("2024-01-01T00:00")]),
    # or, dotted with a space, a span to another: no weekday needed ("1.5~2.5 times" is no date)
    # days listed in order are of one month: the first placed, the others after it
    ("It will hold the academy online on the 10th, 17th and 24th.", "2025-06-12",
     [day("2025-07-10"), day("2025-07-17"), day("2025-07-24")]),
    # days listed, then their weekday's hours: those of each day told
    ("It will hold the academy online on the 10th, 17th and 24th, every Wednesday evening from 7 p.m. to 8:30 p.m.",
     "2021-03-04", [time("2021-03-10T19:00", "2021-03-10T20:30"), time("2021-03-17T19:00", "2021-03-17T20:30"),
                    time("2021-03-24T19:00", "2021-03-24T20:30")]),
    ("Traffic will be controlled from 4.10.(Thu) 18:00 to 4.14.(Mon) 06:00.", "2025-04-08",
     [time("2025-04-10T18:00", "2025-04-14T06:00")]),
    # a dotted span's end told by its day alone, and a year written "'25." before a dotted date
    ("▲1st session: 12.10.(Sat)~11.(Sun) ▲Place: the central library", "2022-11-22", [day("2022-12-10", "2022-12-11")]),
    ("▲Course 1 (Fruit trees): '25.1.7.(Tue)~1.9.(Thu)", "2024-12-10", [day("2025-01-07", "2025-01-09")]),
    ("The class runs from 10 a.m. to 12 noon on the 7th.", "2023-08-30", [time("2023-09-07T10:00", "2023-09-07T12:00")]),
    ("The ceremony runs from 11 p.m. on the 31st until half past midnight.", "2023-12-21",
     [time("2023-12-31T23:00", "2024-01-01T00:30")]),
    ("The reading room opens on the first Thursday of the new year.", "2023-12-21", [day("2024-01-04")]),
    ("The blood drive is on the last Friday of the year.", "2023-12-20", [day("2023-12-29")]),
    ("The first Sunday of the year was cold.", "2023-12-20", [day("2023-01-01")]),
    # showtimes: every time told for each day listed with it
    ("Shows are on Saturday and Sunday at 2 p.m. and 6 p.m.", "2022-12-14",
     [time("2022-12-17T14:00"), time("2022-12-18T14:00"), time("2022-12-18T18:00"), time("2022-12-17T18:00")]),
    ("Shows are at 4 p.m. and 7:30 p.m. on the 6th (Tue).", "2025-04-23", [time("2025-05-06T16:00"), time("2025-05-06T19:30")]),
    # days listed before "between" hours: both days, those hours
    ("Applicants will be checked on February 11 and 12 between 13:00 and 17:00.", "2025-01-17",
     [time("2025-02-11T13:00", "2025-02-11T17:00"), time("2025-02-12T13:00", "2025-02-12T17:00")]),
    ("The bell rings from 9 p.m. to 12 midnight on the 31st.", "2023-12-20", [time("2023-12-31T21:00", "2024-01-01T00:00")]),
    # the end's dot, weekday and hours after it: a span of those hours
    ("○ Date & Time: '22. 2. 15.(Tue) ~ 2. 17.(Thu) 13:30~17:30", "2022-01-26", [time("2022-02-15T13:30", "2022-02-17T17:30")]),
    ("▲Date & Time: 9.20.(Wed)~9.21.(Thu) 10:00~17:00", "2023-08-30", [time("2023-09-20T10:00", "2023-09-21T17:00")]),
    ("It will hold the festival for three days, 4.11.~4.13., at Riverside Park.", "2025-04-08",
     [day("2025-04-11", "2025-04-13")]),
    ("The market opens for three days, 11. 15.~11. 17., in the parking lot.", "2023-11-06",
     [day("2023-11-15", "2023-11-17")]),
    ("Applications are taken from 4. 3. to 4. 14. at the center.", "2024-03-25", [day("2024-04-03", "2024-04-14")]),
    ("Sales rose 1.5~2.5 times over the year.", "2024-03-25", []),
    # a past-tense word inside a name is no tense: "Rose" in a festival's name
    ("The Sunhill Rose Festival runs from the 26th to the 28th.", "2023-05-16", [day("2023-05-26", "2023-05-28")]),
    # "daily" before a noun is no repetition
    ("Residents relieve daily fatigue in their daily lives.", "2023-05-16", []),
    # "open at ... and close at ...": one span of hours
    ("On the 11th, doors open at 10 a.m. and close at 5 p.m.", "2023-11-09",
     [time("2023-11-11T10:00", "2023-11-11T17:00")]),
    # the first or last day of a span told before, and only of one told
    ("The fair runs from the 17th to March 5. An opening ceremony is held on the first day of the fair.", "2023-02-14",
     [day("2023-02-17", "2023-03-05"), day("2023-02-17")]),
    ("Certificates will be issued on the first day of the Korea Sale Festa.", "2023-02-14", []),
    # the nth weekday of a month
    ("The concert is on the last Saturday of November.", "2021-10-28", [day("2021-11-27")]),
    ("It meets on the second Tuesday of next month at 2 p.m.", "2021-10-28", [time("2021-11-09T14:00")]),
    ("The parade is on the 4th Thursday of November 2022.", "2021-10-28", [day("2022-11-24")]),
    # the days of a weekend, told again in parentheses, are dates too
    ("A flea market opens this weekend (30th-31st) at the park.", "2021-10-28",
     [week("2021-10-30", "2021-10-31"), day("2021-10-30", "2021-10-31")]),
    ("The district will open the rink next week.", "2021-12-30", [week("2022-01-03", "2022-01-09")]),
    ("Snow removal crews are on standby this week.", "2022-01-03", [week("2022-01-03", "2022-01-09")]),
    ("Inspections continue this week.", "2024-02-27", [week("2024-02-26", "2024-03-03")]),
    ("The survey will be held the week of November 8.", "2021-10-28", [week("2021-11-08", "2021-11-14")]),
    ("The new route opens next month.", "2021-10-28", [month("2021-11")]),
    ("Voucher sales rose sharply last month.", "2021-10-28", [month("2021-09")]),
    ("The district plans to finish the work this month.", "2021-10-28", [month("2021-10")]),
    ("Heating aid will be paid this month.", "2024-02-27", [month("2024-02")]),
    ("The new rink will open next month.", "2021-12-30", [month("2022-01")]),
    ("Visitors doubled last month.", "2022-01-05", [month("2021-12")]),
    ("This year, the district issued 30 billion won in vouchers.", "2021-10-28", [year("2021")]),
    ("The program will expand next year.", "2021-10-28", [year("2022")]),
    ("The district planted 2,000 street trees last year.", "2021-10-28", [year("2020")]),
    ("Visitor numbers fell last year.", "2022-01-05", [year("2021")]),
    ("The subsidy was introduced a year ago.", "2021-10-28", [("2020-10-28", None, "approximate")]),
    ("The policy was first tried two years ago.", "2021-10-28", [("2019-10-28", None, "approximate")]),
    ("The traditional market was built in 1991.", "2021-10-28", [year("1991")]),
    ("The district won the same award in 2019.", "2021-10-28", [year("2019")]),
    ("Since 2018, the district has run the program.", "2021-10-28", [year("2018")]),
    ("The plan covers 2022 to 2024.", "2021-10-28", [year("2022", "2024")]),
    ("The survey was carried out from 2019 to 2021.", "2021-10-28", [year("2019", "2021")]),
    ("The district will spend the fund by 2025.", "2021-10-28", [year("2025", None)]),
    ("The rent rebate will continue until the end of 2022.", "2021-10-28", [month("2022-12", None)]),
    (
        "The district aims to finish the project by the end of the year.",
        "2021-10-28",
        [month("2021-12", None)],
    ),
    ("Winners will be announced at the end of the month.", "2021-10-28", [month("2021-10")]),
    ("The district will hold a bazaar at year-end.", "2021-10-28", [month("2021-12")]),
    ("The roads will be repaved by the end of November.", "2021-10-28", [month("2021-11", None)]),
    ("The bridge will be finished by the end of next year.", "2021-10-28", [month("2022-12", None)]),
    ("The final report is due at the end of the year.", "2021-10-28", [month("2021-12")]),
    ("Tutors will begin visiting schools in late October.", "2021-10-28", [month("2021-10")]),
    ("The forest trail will reopen in early November.", "2021-10-28", [month("2021-11")]),
    ("The survey results will be released in mid-November.", "2021-10-28", [month("2021-11")]),
    ("Construction will be completed in late December.", "2021-10-28", [month("2021-12")]),
    ("The survey was conducted in late September.", "2021-10-28", [month("2021-09")]),
    ("The winners will be announced in early January.", "2021-12-30", [month("2022-01")]),
    ("A second round of vouchers will be issued early next month.", "2021-10-28", [month("2021-11")]),
    (
        "The district spent 3 billion won on repairs in the first half of the year.",
        "2021-10-28",
        [month("2021-01", "2021-06")],
    ),
    ("More vouchers will be issued in the second half.", "2021-05-10", [month("2021-07", "2021-12")]),
    ("The center will open in the first half of next year.", "2021-10-28", [month("2022-01", "2022-06")]),
    ("The second phase starts in the second half of next year.", "2021-10-28", [month("2022-07", "2022-12")]),
    ("The budget for the first half of 2022 was approved.", "2021-12-01", [month("2022-01", "2022-06")]),
    (
        "The district expects to finish the work in the third quarter.",
        "2021-05-10",
        [month("2021-07", "2021-09")],
    ),
    (
        "The district will review the results in the fourth quarter.",
        "2021-10-28",
        [month("2021-10", "2021-12")],
    ),
    ("The app will launch in the first quarter of 2022.", "2021-10-28", [month("2022-01", "2022-03")]),
    ("Visitors to the riverside park increased this summer.", "2021-10-28", [month("2021-06", "2021-08")]),
    ("Warming shelters will open this winter.", "2021-10-28", [month("2021-12", "2022-02")]),
    ("Snow removal teams have been busy this winter.", "2022-01-10", [month("2021-12", "2022-02")]),
    ("The market was busiest last summer.", "2021-10-28", [month("2020-06", "2020-08")]),
    ("Heating support was expanded last winter.", "2021-10-28", [month("2020-12", "2021-02")]),
    ("The garden will bloom next spring.", "2021-10-28", [month("2022-03", "2022-05")]),
    ("The trail was repaved this spring.", "2021-10-28", [month("2021-03", "2021-05")]),
    ("Foliage tours will run this fall.", "2021-09-10", [month("2021-09", "2021-11")]),
    ("The district planted 500 trees this autumn.", "2021-10-28", [month("2021-09", "2021-11")]),
    ("Site visits were carried out in September and October.", "2021-10-28", [month("2021-09", "2021-10")]),
    ("The new parking ordinance takes effect in January next year.", "2021-10-28", [month("2022-01")]),
    ("Since July last year, volunteers have scanned old family albums.", "2021-10-28", [month("2020-07")]),
    (
        "The rent relief ran from April to December 2020.",
        "2021-10-28",
        [month("2020-04", "2020-12")],
    ),
    ("The project ran from March 2020 to February 2021.", "2021-10-28", [month("2020-03", "2021-02")]),
    (
        "The outdoor pool will be closed from December to February.",
        "2021-10-28",
        [month("2021-12", "2022-02")],
    ),
    ("The bus timetable will change in January 2022.", "2021-10-28", [month("2022-01")]),
    ("The prize list will be published in December.", "2021-10-28", [month("2021-12")]),
    ("The district collected proposals in August.", "2021-10-28", [month("2021-08")]),
    ("The loan program began in April.", "2021-10-28", [month("2021-04")]),
    ("The survey was held in December.", "2022-01-05", [month("2021-12")]),
    ("The district handed out heaters in December.", "2022-01-03", [month("2021-12")]),
    ("The new center will open in February.", "2021-12-30", [month("2022-02")]),
    ("The festival will return in August.", "2021-10-28", [month("2022-08")]),
    ("Eased rules apply to the gallery starting November.", "2021-10-28", [month("2021-11")]),
    ("As of October, the library lends 4,000 e-books.", "2021-10-28", [month("2021-10")]),
    ("The development fund was created in March 2019.", "2021-10-28", [month("2019-03")]),
    ("The rent rebate was first extended to December 2021.", "2021-10-28", [month("2021-12", None)]),
    ("Ridership in Sept. 2021 was the highest on record.", "2021-10-28", [month("2021-09")]),
    ("The plaza has been under repair since June.", "2021-10-28", [month("2021-06")]),
]

# --- Not dates: ordinals, money, counts, codes, durations and words that only look like dates ------------

NOT_A_DATE = [
    # the day after a day no text gives
    ("Students will be granted an official absence on the day of vaccination and the following day.", "2021-10-19", []),
    # ranks of a suspended hyphen list
    ("Voters go to the 2nd- or 3rd-floor halls of the community centers.", "2022-03-03", []),
    # an interval, not a day counted from the last told
    ("Children need a second dose at least four weeks later.", "2025-10-14", []),
    ("Topics include what the 2028 admissions reform means for today's 8th graders.", "2024-08-13", []),
    # a holiday's last day told again after its date; a count of days in a sentence about the past
    ("The park will run through Feb. 12 (Mon), 2024, the last day of the Lunar New Year holiday.", "2023-12-20",
     [day("2024-02-12")]),
    ("Last winter the park drew 48,000 visitors in 45 days. The city will open it again.", "2023-12-20",
     [month("2022-12", "2023-02")]),
    # a weekday told as any such day; lanes and exits counted like floors
    ("Ridership rose 27% from an ordinary Saturday, and roads were busier than on a typical Monday.", "2024-07-08", []),
    # floors told once, then only by their ranks: no days (but a day after a floor of a hall is one)
    ("It has a service center on the 1st floor, a kitchen and a café on the 2nd, a library on the 3rd, and a garden.",
     "2024-04-17", []),
    ("The fair will be held on the 3rd floor of the hall on the 4th.", "2024-04-17", [day("2024-05-04")]),
    # a kind of day, none in particular
    ("Since July 7 is the library's regular Monday closing day, service resumes on July 8.", "2025-06-17",
     [day("2025-07-07"), day("2025-07-08")]),
    ("The week starts on a Tuesday because Monday the 4th is a substitute holiday.", "2021-09-14", [day("2021-10-04")]),
    ("Since the 31st falls on a Sunday, the deadline moves to the next day.", "2023-12-14", [day("2023-12-31"), day("2024-01-01")]),
    ("The play will be staged at the theater on the 1st basement level of the arts center on April 2 (Sat.).", "2022-03-15",
     [day("2022-04-02")]),
    ("Crews will lay new asphalt on the 3rd and 4th lanes, and the 2nd exit will close on the 9th.", "2024-07-08",
     [day("2024-07-09")]),
    # a quoted name that opens with a holiday's is a name: its hours are those of the holiday told before it
    ("On Children's Day, the foundation will hold the ‘Children's Day Bubble Festival’ from 11 a.m. to 4 p.m.", "2023-04-11",
     [time("2023-05-05T11:00", "2023-05-05T16:00")]),
    # a council's sittings: "the 2nd plenary meeting", "the 305th extraordinary session" (the hour is of no day told)
    ("The 2nd plenary meeting will be held in the main chamber.", "2022-01-05", []),
    ("The 305th extraordinary session will review the budget.", "2022-01-05", []),
    # an edition told with its quoted name, a rank with "and final", a comparison
    ("The county will hold the 10th “Starlight Festival” at the camping ground.", "2023-08-24", []),
    ("The screening is the 5th and final round of the series.", "2023-08-24", []),
    ("Some 8,000 runners signed up, and registration closed a day earlier than scheduled.", "2023-04-20", []),
    ("The 1st and 2nd floors are closed for repairs.", "2021-10-28", []),
    # hours told bare are hours only where something is open or runs, and not of ages, counts or thousands
    ("Children aged from 9 to 12 can join.", "2021-10-28", []),
    ("The camp is open to children aged from 9 to 12.", "2023-09-06", []),
    ("The hall is open from the 1st, and its capacity rose from 9 to 12 rooms.", "2023-09-06", [day("2023-09-01")]),
    ("The team won from 2 to 1 after trailing.", "2021-10-28", []),
    ("Students in the 1st-4th grades can apply.", "2021-10-28", []),
    ("The 2nd~3rd floors will be renovated.", "2021-10-28", []),
    ("The district held a memorial for the May 18 Democratic Uprising.", "2021-10-28", []),
    ("Veterans of the June 25 War attended the ceremony.", "2021-10-28", []),
    ("A ceremony marked the anniversary of the March 1st Independence Movement.", "2021-10-28", []),
    ("The library was built in the 1990s.", "2021-10-28", []),  # a decade, not the year 1990
    ("Emissions were reduced by 1/3 last year.", "2021-10-28", [year("2020")]),
    ("The program prepares today's youth for tomorrow's challenges.", "2021-10-28", []),
    ("The counter is on the 4th floor of the district office.", "2021-10-28", []),
    ("The library celebrated its 30th anniversary.", "2021-10-28", []),
    ("The 14th festival drew large crowds.", "2021-10-28", []),
    ("The 2nd class had 19 trainees.", "2021-10-28", []),
    ("The 7th administration launched the program.", "2021-10-28", []),
    ("She advanced to the 3rd round of the contest.", "2021-10-28", []),
    ("The fair showcases 4th Industrial Revolution technologies.", "2021-10-28", []),
    ("The 2nd Vice Mayor attended the ceremony.", "2021-10-28", []),
    ("She finished in 2nd place.", "2021-10-28", []),
    ("Each voucher is worth 10,000 KRW.", "2021-10-28", []),
    ("The district secured 5 billion won for the project.", "2021-10-28", []),
    ("The parking fee is 2,000 won per hour.", "2021-10-28", []),
    ("Green roofs now cover 30% of public buildings.", "2021-10-28", []),
    ("Loans carry 3% interest.", "2021-10-28", []),
    ("Lee (49), a participant, praised the course.", "2021-10-28", []),
    ("The home team won 3-1.", "2021-10-28", []),
    ("For details, call 02-1234-5678.", "2021-10-28", []),
    ("Shoppers dial 080-XXX-XXXX at the gate.", "2021-10-28", []),
    ("Call 120 for more information.", "2021-10-28", []),
    ("Experts provide 1:1 consulting.", "2021-10-28", []),
    ("The competition ratio was 10:1.", "2021-10-28", []),
    ("The hotline operates 24/7.", "2021-10-28", []),
    ("About 3/4 of residents agreed with the plan.", "2021-10-28", []),
    ("The workshop lasts for two days.", "2021-10-28", []),
    ("The course has 40 hours of lectures.", "2021-10-28", []),
    ("The festival is held over four days.", "2021-10-28", []),
    ("Tickets can be returned within seven days of purchase.", "2021-10-28", []),
    ("The loans are offered for one year.", "2021-10-28", []),
    ("Visitor records are erased after four weeks.", "2021-10-28", []),
    ("A two-day rotation applies to sign-ups.", "2021-10-28", []),
    ("The store is open 7 days a week.", "2021-10-28", []),
    ("The clinic is near Exit 3 of the station.", "2021-10-28", []),
    ("Take Line 2 to reach the stadium.", "2021-10-28", []),
    ("Follow Route 5 to the park.", "2021-10-28", []),
    ("The district stepped up COVID-19 checks.", "2021-10-28", []),
    ("Article 7 of the act sets the rules.", "2021-10-28", []),
    ("The district ranked in the top 10 nationwide.", "2021-10-28", []),
    ("It is the No. 1 tourist spot in the city.", "2021-10-28", []),
    ("Building 12 houses the youth center.", "2021-10-28", []),
    ("Rooms 101–105 are reserved for the event.", "2021-10-28", []),
    ("The program is open to children ages 7 to 12.", "2021-10-28", []),
    ("Students in grades 1 to 3 can join the class.", "2021-10-28", []),
    ("Shops with at least 80 of 100 points get a sticker.", "2021-10-28", []),
    ("Each workshop takes 20 people.", "2021-10-28", []),
    ("The fair has 300 booths from 40 towns.", "2021-10-28", []),
    ("All 25 districts joined the campaign.", "2021-10-28", []),
    ("The app's version 2.1 adds new features.", "2021-10-28", []),
    ("May I help you find the office?", "2021-10-28", []),
    ("Residents may apply online.", "2021-10-28", []),
    ("March forward with confidence, the mayor urged.", "2021-10-28", []),
    ("Mayor Kim said the plan would help residents.", "2021-10-28", []),
    ("Nothing will mar the event.", "2021-10-28", []),
    ("The hall has an august history.", "2021-10-28", []),
    ("The volunteers sat down together.", "2021-10-28", []),
    ("Children played in the sun.", "2021-10-28", []),
    ("Prices are expected to fall.", "2021-10-28", []),
    ("Residents welcomed a new year of hope.", "2021-10-28", []),
    ("Each class lasts a day.", "2021-10-28", []),
    ("Applications are being accepted now.", "2021-10-28", []),
    ("The letter was dated February 30.", "2021-10-28", []),
    ("The form lists the event on April 31.", "2021-10-28", []),
    ("The ceremony was held on the 30th of February.", "2021-10-28", []),
    ("The Saturday hours of the rental office will change in spring.", "2024-03-11", []),  # a schedule's name
]

# --- Dates next to numbers that are not dates: only the date is a mention --------------------------------

MIXED = [
    ("A counseling window will open on the 4th floor on the 30th.", "2021-10-28", [day("2021-10-30")]),
    ("The 30th anniversary ceremony will be held on the 30th.", "2021-10-28", [day("2021-10-30")]),
    ("The 2nd class graduated on the 27th.", "2021-10-28", [day("2021-10-27")]),
    ("The 14th edition of the festival will be held on November 13.", "2021-10-28", [day("2021-11-13")]),
    ("A 40-hour course will run from November 8 to 19.", "2021-10-28", [day("2021-11-08", "2021-11-19")]),
    (
        "Returns are possible within seven days, and sales start on November 3.",
        "2021-10-28",
        [day("2021-11-03")],
    ),
    ("Each voucher is worth 10,000 KRW and goes on sale on November 1.", "2021-10-28", [day("2021-11-01")]),
    ("Residents aged 19 to 39 can apply until November 30.", "2021-10-28", [day("2021-11-30", None)]),
    ("COVID-19 tests will be offered on the 30th.", "2021-10-28", [day("2021-10-30")]),
    ("Lee (49) attended the ceremony on the 27th.", "2021-10-28", [day("2021-10-27")]),
    ("Line 2 service will be suspended on November 6.", "2021-10-28", [day("2021-11-06")]),
    (
        "A clinic near Exit 3 will operate from the 1st to the 5th of next month.",
        "2021-10-28",
        [day("2021-11-01", "2021-11-05")],
    ),
    (
        "The district will issue 5 billion won in vouchers from 10 a.m. on November 1.",
        "2021-10-28",
        [time("2021-11-01T10:00")],
    ),
    (
        "Up to 30% of the fund was spent from the 1st to the 15th.",
        "2021-10-28",
        [day("2021-10-01", "2021-10-15")],
    ),
    (
        "The mobile clinic, open for two days, will visit on the 5th and 12th of next month.",
        "2021-10-28",
        [day("2021-11-05"), day("2021-11-12")],
    ),
    ("For inquiries about the November 2 seminar, call 02-1234-5678.", "2021-10-28", [day("2021-11-02")]),
    ("The festival, held for the 14th time, opens on Saturday, Nov. 13.", "2021-10-28", [day("2021-11-13")]),
    # a day that ends its line is a day, whatever capital opens the next
    ("△Time: 6 p.m. to 9:30 p.m. on the 15th\n\nThe market opens later.", "2021-05-06",
     [time("2021-05-15T18:00", "2021-05-15T21:30")]),
    # what is going on now, told after a day ahead
    ("Ahead of Parents' Day on the 8th, volunteers are delivering carnations to seniors on the 6th and 7th.", "2021-05-06",
     [day("2021-05-08"), day("2021-05-08"), day("2021-05-06"), day("2021-05-07")]),
    # a planned day is no span its happening's "first day" is of
    (("The fair is on the 27th and 28th. It was first planned for the 20th and 21st, but the opening ceremony will be at "
      "11 a.m. on the first day."), "2025-06-17", [day("2025-06-27"), day("2025-06-28"), day("2025-06-20"), day("2025-06-21"),
                                                 time("2025-06-27T11:00")]),
    # a count of things before an -ed word: no verb, no past ("2,000 potted flowers"); but people who "submitted"
    ("The district will give away 2,000 potted flowers from 10 a.m. on the 5th, Arbor Day.", "2023-04-04",
     [time("2023-04-05T10:00")]),
    ("The forum will review proposals that residents aged 19 to 34 submitted online from the 1st to the 10th.", "2022-11-14",
     [day("2022-11-01", "2022-11-10")]),
    # an end still to come, whatever a clause about something else after it says
    ("Running until July 27, the exhibition shows items of the old ferry, which was replaced by a bridge in 1971.",
     "2025-04-03", [day("2025-07-27"), year("1971")]),
    # a count of things before an -ed word and its noun: no past verb ("212 entrusted medical institutions")
    ("The city will run a vaccination period from the 18th to May 31 at 212 entrusted medical institutions.", "2022-04-13",
     [day("2022-04-18", "2022-05-31")]),
]

# --- How district announcements are written: weekday tags, hours with days, counted spans, year ends ------
ANNOUNCEMENTS = [
    # an -ed word after a determiner is an adjective, not the past: "the city's integrated reservation website"
    (
        "Applications will be received on the city's integrated reservation website until 6 p.m. on the 31st.",
        "2023-08-24",
        [("2023-08-31T18:00", None, "time")],
    ),
    # "on the day" after hours: the day told before; alone at the head of a sentence it names nothing
    ("The marathon will be held on the 23rd.\nTraffic will be controlled from 7 a.m. to 1 p.m. on the day.", "2022-10-05",
     [day("2022-10-23"), ("2022-10-23T07:00", "2022-10-23T13:00", "time")]),
    ("The fair will be held on March 6. On the day, interviews will be held.", "2024-02-21", [day("2024-03-06")]),
    # a participle after a comma is no past; a count of weeks gives way to the end the text names; a past perfect
    # governs an "until" however far from it
    ("The district will run the tour, guided by a commentator, from the 23rd until June 25.", "2022-04-20",
     [day("2022-04-23", "2022-06-25")]),
    ("On the 30th, the skating club, made up of 24 pupils, will stage a show at 3 p.m.", "2023-12-27",
     [time("2023-12-30T15:00")]),
    ("The program is for seniors who have finished the exam, at the hall on the 30th and 31st.", "2024-12-18",
     [day("2024-12-30"), day("2024-12-31")]),
    ("[Kelp=Metro Education Daily] Reporter Kang = The camp opens on the 25th.", "2022-07-21", [day("2022-07-25")]),
    # a year written on the end only: the start is the year before when its month comes later in the year; a season
    # told with its year may run past half a year
    ("Children who need two doses: Sept. 22~Apr. 30, 2026 (already under way)", "2025-09-24",
     [day("2025-09-22", "2026-04-30")]),
    ("Pregnant women: from the 29th to Apr. 30, 2026", "2025-09-24", [day("2025-09-29", "2026-04-30")]),
    ("The district said it had carried out a campaign from the 4th for two weeks until the 15th, encouraging residents.",
     "2022-04-20", [day("2022-04-04"), day("2022-04-15")]),
    # "unregistered hikers": an adjective, not the past; "unveiled" stays a verb
    ("Registration is open from the 12th to the 22nd, and unregistered hikers will not be allowed.", "2025-12-10",
     [day("2025-12-12", "2025-12-22")]),
    ("The district unveiled the design on the 3rd.", "2025-12-10", [day("2025-12-03")]),
    # a coming range starts at most a day or two before the article, not a week: March 27, not February 27
    ("The lecture series runs from the 27th to April 24.", "2025-03-06", [day("2025-03-27", "2025-04-24")]),
    # the date in the name of what an anniversary remembers is no date of this year
    ("Ahead of the 74th anniversary of the June 25 Korean War, the district will hold a ceremony on the 21st.",
     "2024-06-12", [day("2024-06-21")]),
    # a month the text names is not pushed a year on by the date told before it
    ("The refund is payable on Jan. 10 to residents registered by Dec. 15.", "2021-11-20",
     [day("2022-01-10"), day("2021-12-15")]),
    # what residents are asked to do lies ahead, however past the asking
    (
        "The district has sent out the notices and asked residents to pay by the 28th to avoid a penalty.",
        "2022-02-09",
        [day("2022-02-28")],
    ),
    ("The festival will be held on the 5th (Sat.) at Hill Park.", "2021-10-28", [day("2021-11-05")]),
    ("The lecture runs from 10 a.m. to 5 p.m. on the 12th at the district office.", "2021-10-28",
     [time("2021-11-12T10:00", "2021-11-12T17:00")]),
    ("Applications are accepted until 6 p.m. on the 20th.", "2021-10-28", [time("2021-11-20T18:00")]),
    ("The event will take place from the 15th to the 19th (5 days) at City Hall.", "2021-10-28",
     [day("2021-11-15", "2021-11-19")]),
    ("The district will hold the fair for three days from the 10th.", "2021-10-28", [day("2021-11-10", "2021-11-12")]),
    # "over four days starting on the 25th": counted out the same way, however far the count is from the day
    ("The peach festival will be held over four days starting on the 25th at the sports park.", "2022-08-10",
     [day("2022-08-25", "2022-08-28")]),
    ("The plum festival will be held over four days, starting on the 9th of next month.", "2023-02-16",
     [day("2023-03-09", "2023-03-12")]),
    # (but "twice a week for eight weeks starting on the 10th": sessions on days not told, from the 10th)
    ("The courses will run twice a week for eight weeks starting on the 10th of next month.", "2021-04-20",
     [day("2021-05-10")]),
    ("The fair runs from Nov. 3 for 5 days.", "2021-10-28", [day("2021-11-03", "2021-11-07")]),
    ("Registration opens at 9 a.m. on Nov. 10 (Wed).", "2021-10-28", [time("2021-11-10T09:00")]),
    ("The market opens from 2 p.m. on the 3rd (Wednesday).", "2021-10-28", [time("2021-11-03T14:00")]),
    ("Hill-gu will operate a winter shelter from December 1 to February 28 next year.", "2021-10-28",
     [day("2021-12-01", "2022-02-28")]),
    ("The briefing is scheduled for 2 p.m. on the 4th of next month in the 2nd-floor auditorium.", "2021-10-28",
     [time("2021-11-04T14:00")]),
    ("The event, held on October 30-31, drew 3,000 visitors.", "2021-11-02", [day("2021-10-30", "2021-10-31")]),
    ("Residents can apply from Nov. 1 (Mon) to Nov. 12 (Fri) on the website.", "2021-10-28",
     [day("2021-11-01", "2021-11-12")]),
    ("The district said on the 28th that it had completed the project.", "2021-10-28", [day("2021-10-28")]),
    ("The forum is scheduled for Dec. 8 at 3 p.m. at the Hill Culture Center.", "2021-10-28",
     [time("2021-12-08T15:00")]),
    ("The district conducted inspections from the 18th to the 22nd and found 12 violations.", "2021-10-28",
     [day("2021-10-18", "2021-10-22")]),
    ("The ceremony was held on the 20th of last month.", "2021-10-28", [day("2021-09-20")]),
    ("Applications: 09:00-18:00, Nov. 1 (Mon) ~ Nov. 5 (Fri).", "2021-10-28",
     [time("2021-11-01T09:00", "2021-11-05T18:00")]),
    ("The fair runs Nov. 1~15 at the plaza.", "2021-10-28", [day("2021-11-01", "2021-11-15")]),
    ("Hours are 10:00~17:00 on the 3rd.", "2021-10-28", [time("2021-11-03T10:00", "2021-11-03T17:00")]),
    ("The briefing will be held at 14:00 on the 5th.", "2021-10-28", [time("2021-11-05T14:00")]),
    ("The exhibition runs from Oct. 28 (Thu.) to Nov. 3 (Wed.) at the gallery.", "2021-10-25",
     [day("2021-10-28", "2021-11-03")]),
    ("Period: Nov. 1 (Mon.) – Nov. 30 (Tue.), 2021", "2021-10-25", [day("2021-11-01", "2021-11-30")]),
    ("Date: Saturday, November 6, 2021, 2:00 p.m.", "2021-10-25", [time("2021-11-06T14:00")]),
    ("The concert is on 2021. 11. 6. (Sat.) at the plaza.", "2021-10-25", [day("2021-11-06")]),
    ("The event will be held on Nov. 6th (Sat) from 2 pm to 5 pm.", "2021-10-25",
     [time("2021-11-06T14:00", "2021-11-06T17:00")]),
    ("The workshop runs from 2 to 5 p.m. on Saturday (6th).", "2021-10-25",
     [time("2021-11-06T14:00", "2021-11-06T17:00")]),
    ("The fair is on the 6th (Saturday) at 2 p.m.", "2021-10-25", [time("2021-11-06T14:00")]),
    ("Submit the form by Friday, October 29.", "2021-10-25", [day("2021-10-29")]),
    ("The center is open between 9 a.m. and 6 p.m. on the 3rd.", "2021-10-25",
     [time("2021-11-03T09:00", "2021-11-03T18:00")]),
    # a time told apart from its day, past a comma or told twice: a mention of its own, on that day
    ("The suspect was to appear at midday, according to a statement today.", "2021-10-28",
     [time("2021-10-28T12:00"), time("2021-10-28T12:00")]),
    ("He will leave at 4 in the morning (4 a.m. Thursday), he said.", "2021-10-26",
     [time("2021-10-28T04:00"), time("2021-10-28T04:00")]),
    # hours told before a list of days hold for each
    # the hour told first is every listed day's, however many
    ("The council will hold a session at 10 a.m. on the 21st (Thu.), 22nd (Fri.) and 25th (Mon.).", "2023-09-19",
     [time("2023-09-21T10:00"), time("2023-09-22T10:00"), time("2023-09-25T10:00")]),
    ("The walk runs from 10 a.m. to noon on the 6th and 7th of next month.", "2021-10-28",
     [time("2021-11-06T10:00", "2021-11-06T12:00"), time("2021-11-07T10:00", "2021-11-07T12:00")]),
    # days listed before their hours share them
    ("The lecture will be held on Nov. 3 (Wed.) and Nov. 10 (Wed.), from 7 to 9 p.m.", "2021-10-28",
     [time("2021-11-03T19:00", "2021-11-03T21:00"), time("2021-11-10T19:00", "2021-11-10T21:00")]),
    ("The museum opened on Oct. 3 and will host a talk on Nov. 10 at 7 p.m.", "2021-10-28",
     [day("2021-10-03"), time("2021-11-10T19:00")]),
    ("The festival (10:00-17:00) takes place on the 13th.", "2021-10-25",
     [time("2021-11-13T10:00", "2021-11-13T17:00")]),
    ("The program runs for two weeks from the 1st.", "2021-10-25", [day("2021-11-01", "2021-11-14")]),
    ("Markets stay open during the Chuseok holidays (Sept. 20-22).", "2021-09-10", [day("2021-09-20", "2021-09-22")]),
    # the lunar holidays, from a table of their solar dates: the day, or the eve, the day and the day after
    ("Ahead of Chuseok, the district delivered rice to 300 households.", "2021-09-10", [day("2021-09-21")]),
    ("During the Lunar New Year holiday, the office is closed.", "2024-01-30", [day("2024-02-09", "2024-02-11")]),
    # the day itself is one day; its holidays are three
    ("The market closes on Lunar New Year's Day.", "2025-01-06", [day("2025-01-29")]),
    # "can get vaccinated": a passive told with "get", after a modal, looks ahead
    ("Those aged 75 and over (born in 1947 or earlier) can get vaccinated from the 11th.", "2022-10-06",
     [("1947", None, "year"), day("2022-10-11")]),
    # "the second weekend of next month": its Saturday and Sunday
    ("The kimjang festival is slated for the second weekend of next month.", "2022-10-19", [day("2022-11-12", "2022-11-13")]),
    # a Saturday or Sunday of the coming weekend told just before ("set for the following weekend rather than this one")
    (("The market is set for the following weekend rather than this one. It runs from noon to 4 on both Saturday and "
     "Sunday."), "2022-10-19", [("2022-10-29", "2022-10-30", "week"), time("2022-10-29T12:00", "2022-10-29T16:00"),
                               time("2022-10-30T12:00", "2022-10-30T16:00")]),
    ("The fair runs this Saturday. The festival ran last weekend. It opened on Saturday.", "2022-10-19",
     [day("2022-10-22"), ("2022-10-15", "2022-10-16", "week"), day("2022-10-15")]),
    # "begins at 11 p.m. ... and is expected to wrap up at around 12:30 a.m. the following day": one happening
    (("The ceremony begins at 11 p.m. on the 31st with a choir and is expected to wrap up at around 12:30 a.m. the "
     "following day. At midnight, residents will strike the bell."), "2023-12-28",
     [time("2023-12-31T23:00", "2024-01-01T00:30"), time("2024-01-01T00:00")]),
    # "over the weekend of the 21st and 22nd ... on Saturday": that weekend's Saturday, not the coming one
    (("The library will hold a reading festival over the weekend of the 21st and 22nd. The festival runs from 10 a.m. "
      "to 6 p.m. on Saturday."), "2025-06-10",
     [day("2025-06-21", "2025-06-22"), time("2025-06-21T10:00", "2025-06-21T18:00")]),
    # "opens Monday and runs through Friday": those days of the coming week, once (not a weekday schedule)
    ("Registration opens Monday and runs through Friday at the front desk.", "2022-06-08",
     [day("2022-06-13", "2022-06-17")]),
    # "at 7:30 tonight": in the evening; "Friday, June 24, 6-10 p.m.": the hours of that day, not a 6th listed
    ("The ensemble opens its series at 7:30 tonight at the park.", "2022-06-08", [time("2022-06-08T19:30")]),
    ("The market will return Friday, June 24, 6-10 p.m.", "2022-06-08", [time("2022-06-24T18:00", "2022-06-24T22:00")]),
    # "set off at 7 p.m. ..., arriving around 9 p.m.": the arrival ends it
    (("The parade will set off from the station plaza at 7 p.m. on the 7th and march 2.4 km to the temple, arriving "
     "around 9 p.m."), "2022-05-03", [time("2022-05-07T19:00", "2022-05-07T21:00")]),
    # a day told in an aside ("which falls on the 8th") is no day the next sentences go on from
    (("The lantern parade will be held on the evening of the 7th, the eve of Buddha's Birthday, which falls on the 8th "
     "this year. Participants will set off at 7 p.m."), "2022-05-03",
     [day("2022-05-07"), day("2022-05-08"), day("2022-05-08"), time("2022-05-07T19:00")]),
    # "The 10 p.m.-1 a.m. event on Dec. 31-Jan. 1": the hours of the happening over the night it names
    ("The 10 p.m.–1 a.m. event on Dec. 31–Jan. 1 will feature a countdown.", "2025-12-16",
     [time("2025-12-31T22:00", "2026-01-01T01:00")]),
    ("The festival will open on January 9 and continue through February 1.", "2025-12-22", [day("2026-01-09", "2026-02-01")]),
    # a notice's field of hours is of the day told just before it, in the paragraph before
    ("The county will hold the walk on October 7 (Sat).\n\n▲Course: 9 km ▲Start: 9 a.m. ▲Fee: 5,000 won", "2023-09-20",
     [day("2023-10-07"), time("2023-10-07T09:00")]),
    ("[Highland Daily Reporter Nam] The fair opens on the 9th.", "2025-12-22", [day("2026-01-09")]),
    # "will open on the 25th", written on the 3rd: this month's (not a week ago); "and run for three days" counts it out
    ("The fair will open on the 25th at the plaza of the library and run for three days.", "2022-03-03",
     [day("2022-03-25", "2022-03-27")]),
    # "during the same hours": those told before, on the day this one names
    (("The blood drive is on Friday, Dec. 19, from 10 a.m. to 4 p.m., with a second bus there the following Monday "
     "during the same hours."), "2025-12-10", [time("2025-12-19T10:00", "2025-12-19T16:00"),
                                               time("2025-12-22T10:00", "2025-12-22T16:00")]),
    # "On the same days": all the days of the span told before
    ("The bus runs on the 10th and 11th. On the same days, the clinic will open.", "2024-02-05",
     [day("2024-02-10"), day("2024-02-11"), day("2024-02-10", "2024-02-11")]),
    # nights from the one a series begins to the morning it wraps up on
    (("Work will take place every night from 10 p.m. to 6 a.m. the following morning, beginning the night of the 13th (Mon.) "
     "and wrapping up on the morning of April 8 (Sat.)."), "2023-03-07", [time("2023-03-13T22:00", "2023-03-14T06:00")]),
    # a participle of the thing after a preposition is no past: "on paper provided on site"
    ("From the 11th to the 15th, 10:00~17:00, residents can write their wishes on paper provided on site.", "2022-02-10",
     [time("2022-02-11T10:00", "2022-02-15T17:00")]),
    # a day moved from one to another is the new one
    ("The payment deadline was moved from Sept. 30 to Oct. 4 because of the holidays.", "2023-10-12", [day("2023-10-04")]),
    # "it broadcast" (not "broadcasts"): the past; "will stay closed": no past
    ("The district announced on the 2nd that it broadcast the festival live on the 1st instead of holding it on site.",
     "2022-01-03", [day("2022-01-02"), day("2022-01-01")]),
    ("A live broadcast will be held on the 1st.", "2022-01-03", [day("2022-02-01")]),
    ("The trail has been closed since the 5th and will stay closed until the 16th.", "2022-09-07",
     [day("2022-09-05"), day("2022-09-16")]),
    # "the 21st to the 30th of the same month": of the month told before, both ends
    ("The ceremony is at 3 p.m. on Nov. 21 (Fri.). The works will be shown from the 21st to the 30th of the same month.",
     "2025-09-04", [time("2025-11-21T15:00"), day("2025-11-21", "2025-11-30")]),
    # "the 21st presidential election": a rank
    ("It will set up 54 polling stations for the 21st presidential election on June 3.", "2025-05-02", [day("2025-06-03")]),
    # "To mark the last day": why a happening is held, not when
    ("The fair runs from the 21st to the 23rd. To mark the last day, the district will hold a party at 3 p.m. on the 25th.",
     "2024-02-19", [day("2024-02-21", "2024-02-23"), time("2024-02-25T15:00")]),
    # hours told before "the same days" are those of each of them
    ("The clinic opens from the 18th to the 22nd, and the tent will run 9:00~13:00 on the same days.", "2021-09-15",
     [day("2021-09-18", "2021-09-22"), time("2021-09-18T09:00", "2021-09-22T13:00")]),
    ("The festival will be held on the 3rd and 4th weekends of October.", "2022-10-05",
     [day("2022-10-15", "2022-10-16"), day("2022-10-22", "2022-10-23")]),
    # the hours of a span of days are those of each day: night fishing on each weekend's Saturday and Sunday
    ("Night fishing is offered only on the 3rd and 4th weekends of January, from 6 to 9 p.m.", "2025-12-30",
     [time("2026-01-17T18:00", "2026-01-18T21:00"), time("2026-01-24T18:00", "2026-01-25T21:00")]),
    ("The fair is on the last weekend of October.", "2022-10-19", [day("2022-10-29", "2022-10-30")]),
    # idioms of English-language dailies
    ("The festival kicks off this coming Saturday and runs through November 6.", "2022-10-19",
     [day("2022-10-22"), day("2022-11-06")]),
    ("The book market is set for the following weekend rather than this one.", "2022-10-19",
     [("2022-10-29", "2022-10-30", "week")]),
    ("A movie night is set for a week from Friday in the rooftop garden.", "2025-04-21", [day("2025-05-02")]),
    ("Pre-registration opened on the 17th and stays open through the 25th.", "2022-10-19",
     [day("2022-10-17"), day("2022-10-25")]),
    # "(all Tuesdays)" tags the days listed; it is no repetition
    ("It will hold the talk on the 14th, 21st and 28th (all Tuesdays), at 7 p.m. each.", "2023-11-06",
     [time("2023-11-14T19:00"), time("2023-11-21T19:00"), time("2023-11-28T19:00")]),
    # a weekday tag before the next day of a list
    ("Consultations are held on January 8 (Wed) and 15 (Wed).", "2025-01-06", [day("2025-01-08"), day("2025-01-15")]),
    ("The market was busy before Seollal.", "2022-02-03", [day("2022-02-01")]),
    ("A lantern parade marks Buddha's Birthday.", "2023-05-10", [day("2023-05-27")]),
    # a clock time right after a span's last day closes the span: no hour of its first day
    ("Entries are accepted from March 18 (Mon.) to April 12 (Fri.) 18:00.", "2024-03-11", [day("2024-03-18", "2024-04-12")]),
    # a date in parentheses after a named day ("Arbor Day (April 5)") is no day the next sentences go on from
    (("The county will plant trees at 10 a.m. on the 29th (Fri), ahead of Arbor Day (April 5). On the same day, from "
      "9 a.m., seedlings will be handed out."), "2024-03-11",
     [time("2024-03-29T10:00"), day("2024-04-05"), time("2024-03-29T09:00")]),
    # a holiday inside a quoted name is part of the name
    ("The district is holding the '2022 Riverside Chuseok Traditional Market Festival' from the 1st to the 9th.",
     "2022-09-05", [day("2022-09-01", "2022-09-09")]),
    # "Before the game, ..." opens a paragraph about the game told before: its hours are of the game's day
    (("The team will hold Citizens' Day at 5 p.m. on the 24th (Sat).\n\nBefore the game, a fan signing will be held from "
     "2 p.m. to 4 p.m."), "2025-05-01", [time("2025-05-24T17:00"), time("2025-05-24T14:00", "2025-05-24T16:00")]),
    # "Before the screening, ... on the same day": the screening's day, not the deadline told since
    (("The district will hold a film screening on the 6th. Seats can be reserved by the 3rd. Before the screening, a "
      "memorial ceremony will be held at 10 a.m. on the same day."), "2022-06-02",
     [day("2022-06-06"), day("2022-06-03"), time("2022-06-06T10:00")]),
    # hours told "both" (or "all", "each") after listed days are each day's
    (("The class has two sessions, the 1st session on the 18th (Sat) and the 2nd session on July 2 (Sat), both from "
      "10:00 to 13:00."), "2022-06-02",
     [time("2022-06-18T10:00", "2022-06-18T13:00"), time("2022-07-02T10:00", "2022-07-02T13:00")]),
    # (and spans listed before hours: each span's)
    ("△Dates: Jan. 20 (Sat.)~21 (Sun.), 27 (Sat.)~28 (Sun.), 09:00~17:00 △Venue: the lake", "2024-01-10",
     [time("2024-01-20T09:00", "2024-01-21T17:00"), time("2024-01-27T09:00", "2024-01-28T17:00")]),
    (("The 1st session will be held on Nov. 28 (Tue.) and the 2nd session on Dec. 5 (Tue.), each from 10:00 to 16:00."),
     "2023-11-14", [time("2023-11-28T10:00", "2023-11-28T16:00"), time("2023-12-05T10:00", "2023-12-05T16:00")]),
    # "on the day of the parade": the day told with the parade (or the exam, the election, ...)
    ("The exam will be held on the 18th (Thu.). On the day of the exam, access will be restricted from 6:10 a.m. to 8:10 a.m.",
     "2021-11-10", [day("2021-11-18"), time("2021-11-18T06:10", "2021-11-18T08:10")]),
    ("The parade will be held on the 20th (Sat).\n\nRoads will be closed from 5 p.m. to 10 p.m. on the day of the parade.",
     "2023-05-03", [day("2023-05-20"), time("2023-05-20T17:00", "2023-05-20T22:00")]),
    # hours "every day until" a day, in a notice's fields after a field that gave its first day
    (("△Lighting ceremony: May 12 (Fri.) 7 p.m., Ravenscliffe Square △Lantern Street: 3,000 lanterns △Lighting hours: "
      "19:00~23:00 every day until June 4"), "2023-05-03",
     [time("2023-05-12T19:00"), time("2023-05-12T19:00", "2023-05-12T23:00")]),
    # a sentence that opens "From X to Y," bounds the weekly visits it tells, which share the hours told last
    (("From the 11th to Dec. 15, a doctor will visit village halls in Yewcross-myeon every Tuesday and in "
      "Marrowfield-myeon every Thursday, 14:00~17:00."), "2022-10-05",
     [day("2022-10-11", "2022-12-15"), time("2022-10-11T14:00", "2022-10-11T17:00"),
      time("2022-10-13T14:00", "2022-10-13T17:00")]),
    ("The market runs from the 29th through November.", "2025-06-11", [day("2025-06-29", "2025-11-30")]),
    # a participle of what a future verb governs is not the tense of the days told after it; one right by a day is
    (("The district will give away compost made from food waste collected in the district free of charge from the "
      "22nd to the 26th."), "2024-04-17", [day("2024-04-22", "2024-04-26")]),
    ("Prizes will go to the residents selected on the 3rd.", "2024-04-17", [day("2024-04-03")]),
    # days told with their weekday ("both Saturdays") are those days, not a weekly repetition, and share the hours after
    ("It will hand out free sunscreen on the 22nd and 29th, both Saturdays, from 2 p.m. to 5 p.m.", "2023-07-11",
     [time("2023-07-22T14:00", "2023-07-22T17:00"), time("2023-07-29T14:00", "2023-07-29T17:00")]),
    # a bare start with no tense is the nearest such day; one of a span "under way" has begun already
    ("The campaign runs at all centers from the 1st to May 31.", "2024-04-17", [day("2024-05-01", "2024-05-31")]),
    ("A battery exchange campaign is also under way at all centers from the 1st to May 31.", "2024-04-17",
     [day("2024-04-01", "2024-05-31")]),
    # days listed with a middle dot, tagged "(Saturdays)", share the hours told after them
    ("△Dates: May 21·28, June 11·25 (Saturdays) 10:00~16:00 △Venue: Event plaza", "2022-05-10",
     [time("2022-05-21T10:00", "2022-05-21T16:00"), time("2022-05-28T10:00", "2022-05-28T16:00"),
      time("2022-06-11T10:00", "2022-06-11T16:00"), time("2022-06-25T10:00", "2022-06-25T16:00")]),
    # "on the reopening day": the day told with the reopening
    ("The library reopens on March 27 (Mon.).\n\nA ceremony will be held at 11 a.m. on the reopening day in the lobby.",
     "2023-02-14", [day("2023-03-27"), time("2023-03-27T11:00")]),
    # a participle after the plural a preposition governs is no verb of the sentence: "will hold" tells its tense
    ("Larch-gu will hold orientations for the seniors selected for the project from the 27th to the 29th.", "2024-02-19",
     [day("2024-02-27", "2024-02-29")]),
    # "set off at 2 p.m. ..., arriving at City Hall Plaza around 4 p.m.": one stretch of hours
    (("The parade is on the 5th (Sat). Marchers will set off from the station at 2 p.m. and march 2.4 km along Civic "
      "Avenue, arriving at City Hall Plaza around 4 p.m."), "2024-09-24",
     [day("2024-10-05"), time("2024-10-05T14:00", "2024-10-05T16:00")]),
    # the hours of a desk told in passing are no hour of the day told
    ("The fair is on Nov. 2. On the day of the fair, check in at the reception desk, which opens at 12:30 p.m.",
     "2023-10-19", [day("2023-11-02"), day("2023-11-02"), time("2023-11-02T12:30")]),
    # "at the same time on March 13": the hours told before, on that day
    (("The first lecture is from 7 p.m. to 8:30 p.m. on the 20th (Thu). The second lecture will follow at the same time "
      "on March 13 (Thu)."), "2025-02-12",
     [time("2025-02-20T19:00", "2025-02-20T20:30"), time("2025-03-13T19:00", "2025-03-13T20:30")]),
]


TABLE = {
    "bare-day": BARE_DAY,
    "month-day": MONTH_DAY,
    "day-range": DAY_RANGE,
    "day-list": DAY_LIST,
    "time": TIME,
    "weekday": WEEKDAY,
    "relative": RELATIVE,
    "reference": REFERENCE,
    "period": PERIOD,
    "not-a-date": NOT_A_DATE,
    "mixed": MIXED,
    "announcement": ANNOUNCEMENTS,
}


def _slug(sentence: str, size: int = 48) -> str:
    words = re.sub(r"[^0-9A-Za-z]+", "-", sentence).strip("-").lower()
    return words[:size].rstrip("-")



# Rows the reader does not meet yet. Each is a known gap, kept visible: strict, so a fix that makes a row
# pass fails the run until the row leaves this list.
KNOWN_GAPS = frozenset({
    'month-day-32-the-museum-was-closed-for-repairs-on-december-2',
})


def _mark(param):
    if param.id in KNOWN_GAPS:
        return pytest.param(*param.values, id=param.id, marks=pytest.mark.xfail(strict=True, reason="known gap"))
    return param


ROWS = [
    _mark(pytest.param(sentence, anchor, expected, id=f"{category}-{n:02d}-{_slug(sentence)}"))
    for category, rows in TABLE.items()
    for n, (sentence, anchor, expected) in enumerate(rows, 1)
]


@pytest.mark.parametrize(("sentence", "anchor", "expected"), ROWS)
def test_mentions(sentence: str, anchor: str, expected: list[tuple[str | None, str | None, str]]) -> None:
    from calendarize.dates import find_mentions

    mentions = find_mentions(sentence, date.fromisoformat(anchor))
    assert [(m.iso(m.start), m.iso(m.end), m.grain) for m in mentions] == expected


# --- Recurrence: the mention that carries a repetition, and its RRULE --------------------------------------

RECURRENCE = [
    # a participle of a schedule ("held every Friday") is no past
    (("The foundation will hold an autumn concert, a series held every Friday evening for four weeks from the 22nd to "
      "Nov. 12."), "2021-10-19", "2021-10-22", None, "day", "FREQ=WEEKLY;BYDAY=FR;COUNT=4"),
    # the hour of a participle after the series' last day is each run's, not that day's
    ("The tour bus will run every Saturday and Sunday until Nov. 26, departing the terminal at 9:30 a.m.",
     "2023-04-12", "2023-04-15T09:30", None, "time", "FREQ=WEEKLY;BYDAY=SA,SU;COUNT=66"),
    # "from the 29th through November": from this month's 29th to the end of November
    ("The market is held every last Sunday of the month from the 29th through November, 11:00~16:00.",
     "2025-06-11", "2025-06-29T11:00", "2025-06-29T16:00", "time", "FREQ=MONTHLY;BYDAY=-1SU;COUNT=6"),
    # closing hours of each night, told apart from the nights: until the following morning
    ("The bridge will be closed every night from the 15th to the 19th, from 11 p.m. to 5 a.m. the following morning.",
     "2024-07-08", "2024-07-15T23:00", "2024-07-16T05:00", "time", "FREQ=DAILY;COUNT=5"),
    # hours that end "the following morning" end the night they began (no day of their own)
    ("The shelter is open every night from 8 p.m. to 8 a.m. the following morning, from the 18th to the 24th.",
     "2023-12-10", "2023-12-18T20:00", "2023-12-19T08:00", "time", "FREQ=DAILY;COUNT=7"),
    ("The bar on the plaza is open from 11 p.m. to 2 every Saturday from the 9th to the 30th.", "2023-09-06",
     "2023-09-09T23:00", "2023-09-10T02:00", "time", "FREQ=WEEKLY;BYDAY=SA;COUNT=4"),
    ("Classes begin Sept. 27 and meet every Tuesday until Nov. 28.", "2023-09-06", "2023-10-03", None, "day",
     "FREQ=WEEKLY;BYDAY=TU;COUNT=9"),
    # a repetition bounded by the span in parentheses after it
    ("The library will run the class every Wednesday (November 8?December 27) from 10 a.m. to noon.", "2023-10-19",
     "2023-11-08T10:00", "2023-11-08T12:00", "time", "FREQ=WEEKLY;BYDAY=WE;COUNT=8"),
    ("The cafe will be opened starting in October every 2nd and 4th Saturday from 10 a.m. to 1 p.m.", "2019-09-24",
     "2019-10-12T10:00", "2019-10-12T13:00", "time", "FREQ=MONTHLY;BYDAY=2SA,4SA"),
    ("Classes begin Monday, June 10, and meet twice a week, on Mondays and Wednesdays, from 4 to 5 p.m. for eight weeks.",
     "2024-05-22", "2024-06-10T16:00", "2024-06-10T17:00", "time", "FREQ=WEEKLY;BYDAY=MO,WE;COUNT=16"),
    # a counted repetition "starting next Tuesday" told after its end: from that day
    ("Films are shown every Tuesday and Thursday at 7 p.m. through Feb. 29, starting next Tuesday.", "2023-12-20",
     "2023-12-26T19:00", None, "time", "FREQ=WEEKLY;BYDAY=TU,TH;COUNT=20"),
    # "every Sunday until June 26": from its first time after the article, to then
    ("The cafe will run every Sunday until June 26.", "2022-05-11", "2022-05-15", None, "day",
     "FREQ=WEEKLY;BYDAY=SU;COUNT=7"),
    # a first day told with its start, then the repetition it begins: the series from that day
    ("Classes begin Sept. 27 and meet every Tuesday and Thursday from 2 to 4 p.m. for eight weeks.", "2022-09-01",
     "2022-09-27T14:00", "2022-09-27T16:00", "time", "FREQ=WEEKLY;BYDAY=TU,TH;COUNT=16"),
    ("The class starts on the 5th and runs every Saturday at 10 a.m.", "2022-09-01",
     "2022-09-10T10:00", None, "time", "FREQ=WEEKLY;BYDAY=SA"),
    # every day until a date: from its first time after the article, counted to then
    ("The field will be open every day from 10 a.m. to 5 p.m. until February 12.", "2022-12-27", "2022-12-28T10:00",
     "2022-12-28T17:00", "time", "FREQ=DAILY;COUNT=47"),
    # a month told as the start of a repetition: its first time in that month
    ("Starting next month, the city will hold a safety day on the last Friday of the month.", "2022-12-27",
     "2023-01-27", None, "day", "FREQ=MONTHLY;BYDAY=-1FR"),
    # a place between a repetition and the dates that bound it
    (("The camp runs every Saturday from 10 a.m. to 1 p.m. at the Science Center, a total of 7 sessions from "
      "September 2 (Sat) to October 14."), "2023-08-24", "2023-09-02T10:00", "2023-09-02T13:00", "time",
     "FREQ=WEEKLY;BYDAY=SA;COUNT=7"),
    # every weekend of a month: its Saturdays and Sundays, counted
    ("The night market opens every weekend in November at the park.", "2024-10-30", "2024-11-02", None, "day",
     "FREQ=WEEKLY;BYDAY=SA,SU;COUNT=9"),  # five Saturdays and four Sundays
    # once a week, counted in weeks: that many sessions on the weekday of the first
    ("Each course is held once a week for 10 weeks from the 24th at the center.", "2025-03-06", "2025-03-24", None,
     "day", "FREQ=WEEKLY;COUNT=10"),
    # nth weekdays of one month: a monthly repetition counted within it
    ("The relay runs at 2 p.m. on the 2nd and 4th Saturdays of September in the library.", "2023-08-24",
     "2023-09-09T14:00", None, "time", "FREQ=MONTHLY;BYDAY=2SA,4SA;COUNT=2"),
    ("Tours run on the first and third Sundays in November.", "2023-08-24", "2023-11-05", None, "day",
     "FREQ=MONTHLY;BYDAY=1SU,3SU;COUNT=2"),
    # a count of sessions before the repetition, and hours given with its first day
    ("The class meets for 10 sessions every Thursday from the 12th at 7 p.m.", "2021-09-08", "2021-09-16T19:00", None,
     "time", "FREQ=WEEKLY;BYDAY=TH;COUNT=10"),
    # a span of days, then the weekdays within it
    ("The class runs from July 3 to August 25, on Tuesdays and Thursdays at 4 p.m.", "2023-06-02", "2023-07-04T16:00",
     None, "time", "FREQ=WEEKLY;BYDAY=TU,TH;COUNT=16"),
    ("The market opens from November 6 to December 18 every Saturday.", "2021-10-28", "2021-11-06", None, "day",
     "FREQ=WEEKLY;BYDAY=SA;COUNT=7"),
    # a bare first day is read as it would be alone ("the 9th" of June, not of August)
    ("The market opens every Friday from the 9th until the end of August.", "2023-06-02", "2023-06-09", None, "day",
     "FREQ=WEEKLY;BYDAY=FR;COUNT=12"),
    ("The flea market opens every 2nd and 4th Saturday.", "2021-10-28", "2021-11-13", None, "repeat", "FREQ=MONTHLY;BYDAY=2SA,4SA"),
    # (a translated notice's "every second Sunday" is the month's second; a fortnightly one is "every other")
    ("The book club meets every second Sunday.", "2021-10-28", "2021-11-14", None, "repeat", "FREQ=MONTHLY;BYDAY=2SU"),
    ("The repair cafe will open every second Saturday starting in June, 10 a.m.-1 p.m.", "2024-05-20", "2024-06-08T10:00",
     "2024-06-08T13:00", "time", "FREQ=MONTHLY;BYDAY=2SA"),
    ("The book club meets every other Sunday.", "2021-10-28", "2021-10-31", None, "repeat", "FREQ=WEEKLY;INTERVAL=2;BYDAY=SU"),
    # (from the first Wednesday of next month, though January 1 is a Thursday)
    ("Starting next month, curators will lead a walk every other Wednesday at 2 p.m.", "2025-12-16", "2026-01-07T14:00",
     None, "time", "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE"),
    # a clause of its own ends the series ("and runs until the end of the month"); a start told in the sentence before
    # ("Starting next week, ...") starts it
    ("The booth will operate Monday through Friday, 9 a.m.-6 p.m., and runs until the end of the month.", "2024-05-22",
     "2024-05-23T09:00", "2024-05-23T18:00", "time", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;COUNT=7"),
    (("Starting next week, the health center will set up a screening booth near the station. The booth will operate "
      "Monday through Friday, 9 a.m.-6 p.m., and runs until the end of the month."), "2024-05-22", "2024-05-27T09:00",
     "2024-05-27T18:00", "time", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;COUNT=5"),
    ("Starting next month, the center will open a reading room. It will open every Saturday.", "2024-05-22",
     "2024-06-01", None, "day", "FREQ=WEEKLY;BYDAY=SA"),
    (("The district will open a memory cafe for families, starting next month.\n\nThe cafe will open on the 2nd and 4th "
     "Thursdays of every month from 2 p.m. to 4 p.m."), "2023-08-22", "2023-09-14T14:00", "2023-09-14T16:00", "time",
     "FREQ=MONTHLY;BYDAY=2TH,4TH"),
    # (a day told so is the opening of what the events read: "will run the escort service starting on the 7th")
    ("The district will run an escort service starting on the 7th. Teams will walk residents home every weeknight.",
     "2022-11-02", "2022-11-03", None, "repeat", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"),
    ("Residents can visit the center between 10 a.m. and 4 p.m., Monday to Friday, from November 1 to 12.", "2021-10-28",
     "2021-11-01T10:00", "2021-11-01T16:00", "time", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;COUNT=10"),
    ("Classes will be held on weekdays (Mon.~Fri.) from April 1 to June 28, 9:30~13:30.", "2024-03-06",
     "2024-04-01T09:30", "2024-04-01T13:30", "time", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;COUNT=65"),
    ("Flights leave on Monday and Tuesday nights from March 30.", "2021-02-13", "2021-03-30", None, "day",
     "FREQ=WEEKLY;BYDAY=MO,TU"),
    (
        "The farmers market opens every Saturday from November 6 to December 18.",
        "2021-10-28",
        "2021-11-06",
        None,
        "day",
        "FREQ=WEEKLY;BYDAY=SA;COUNT=7",
    ),
    (
        "Yoga classes are held every Tuesday and Thursday from November 2 to 30.",
        "2021-10-28",
        "2021-11-02",
        None,
        "day",
        "FREQ=WEEKLY;BYDAY=TU,TH;COUNT=9",
    ),
    (
        "The drawing class meets every Saturday from November 1 to 30.",
        "2021-10-28",
        "2021-11-06",
        None,
        "day",
        "FREQ=WEEKLY;BYDAY=SA;COUNT=4",
    ),
    (
        "The clinic runs every Wednesday from 2 p.m. to 5 p.m. from November 3 to 24.",
        "2021-10-28",
        "2021-11-03T14:00",
        "2021-11-03T17:00",
        "time",
        "FREQ=WEEKLY;BYDAY=WE;COUNT=4",
    ),
    (
        "The exhibition is open daily from 10 a.m. to 6 p.m. from November 1 to 14.",
        "2021-10-28",
        "2021-11-01T10:00",
        "2021-11-01T18:00",
        "time",
        "FREQ=DAILY;COUNT=14",
    ),
    (
        "Walking tours start every Sunday at 10 a.m. beginning November 7.",
        "2021-10-28",
        "2021-11-07T10:00",
        None,
        "time",
        "FREQ=WEEKLY;BYDAY=SU",
    ),
    (
        "The bookmobile visits every other Friday starting November 5.",
        "2021-10-28",
        "2021-11-05",
        None,
        "day",
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR",
    ),
    (
        "A free concert is held on the last Friday of every month, starting October 29.",
        "2021-10-28",
        "2021-10-29",
        None,
        "day",
        "FREQ=MONTHLY;BYDAY=-1FR",
    ),
    (
        "The repair cafe opens on the first Monday of each month from November.",
        "2021-10-28",
        "2021-11-01",
        None,
        "day",
        "FREQ=MONTHLY;BYDAY=1MO",
    ),
    (
        "Counseling is available on the second and fourth Saturdays of every month from November.",
        "2021-10-28",
        "2021-11-13",
        None,
        "day",
        "FREQ=MONTHLY;BYDAY=2SA,4SA",
    ),
    (
        "The lecture series meets every Monday and Wednesday for eight lectures from November 8.",
        "2021-10-28",
        "2021-11-08",
        None,
        "day",
        "FREQ=WEEKLY;BYDAY=MO,WE;COUNT=8",
    ),
    (
        "Free health checks are offered on the 15th of every month starting in November.",
        "2021-10-28",
        "2021-11-15",
        None,
        "day",
        "FREQ=MONTHLY;BYMONTHDAY=15",
    ),
    (
        "The library hosts story time every weekday from 4 p.m. to 5 p.m. starting November 1.",
        "2021-10-28",
        "2021-11-01T16:00",
        "2021-11-01T17:00",
        "time",
        "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
    ),
    (
        "The rink will be open daily from the 22nd to Feb. 12 next year, from 10 a.m. to 9 p.m., weekends and holidays included.",
        "2023-12-21",
        "2023-12-22T10:00",
        "2023-12-22T21:00",
        "time",
        "FREQ=DAILY;COUNT=53",
    ),
    (  # an aside that widens nothing: every day still, at the hours and within the dates after it
        "The center will open every day, including Saturdays and Sundays, from 9 a.m. to 8 p.m. from Sept. 27 to Oct. 30.",
        "2021-09-14",
        "2021-09-27T09:00",
        "2021-09-27T20:00",
        "time",
        "FREQ=DAILY;COUNT=34",
    ),
    (
        "The hall is open every day, including holidays, from 9 a.m. to 6 p.m. from the 20th to the 26th.",
        "2021-09-14",
        "2021-09-20T09:00",
        "2021-09-20T18:00",
        "time",
        "FREQ=DAILY;COUNT=7",
    ),
    (
        "The pool is open every day from July 15 to August 21, from 9 a.m. to 6 p.m., including weekends.",
        "2022-07-01",
        "2022-07-15T09:00",
        "2022-07-15T18:00",
        "time",
        "FREQ=DAILY;COUNT=38",
    ),
    (
        ("The district will also run 'Code Up! Junior', a free coding class for 5th and 6th graders, every Wednesday for "
        "10 weeks from the 26th, from 4 p.m. to 5:40 p.m."),
        "2025-03-11",
        "2025-03-26T16:00",
        "2025-03-26T17:40",
        "time",
        "FREQ=WEEKLY;BYDAY=WE;COUNT=10",
    ),
    (
        "The flea market opens on weekends from November 6 to 28.",
        "2021-10-28",
        "2021-11-06",
        None,
        "day",
        "FREQ=WEEKLY;BYDAY=SA,SU;COUNT=8",
    ),
    (
        "Local Autonomy Day is celebrated every year on October 29.",
        "2021-10-28",
        "2021-10-29",
        None,
        "day",
        "FREQ=YEARLY",
    ),
    (
        "The shuttle runs every day from 7 a.m. to 9 a.m. from November 1 to 5.",
        "2021-10-28",
        "2021-11-01T07:00",
        "2021-11-01T09:00",
        "time",
        "FREQ=DAILY;COUNT=5",
    ),
    (
        "Parenting classes will be held every Thursday at 7 p.m. for six weeks from November 4.",
        "2021-10-28",
        "2021-11-04T19:00",
        None,
        "time",
        "FREQ=WEEKLY;BYDAY=TH;COUNT=6",
    ),
    (
        "The rink offers free lessons every Saturday from January 8 to February 26.",
        "2021-12-30",
        "2022-01-08",
        None,
        "day",
        "FREQ=WEEKLY;BYDAY=SA;COUNT=8",
    ),
    (
        "Tours will run every Thursday in February.",
        "2024-01-20",
        "2024-02-01",
        None,
        "day",
        "FREQ=WEEKLY;BYDAY=TH;COUNT=5",
    ),
    # "every weeknight ... through February 28": from the first weeknight after the article to then
    (
        "Patrol teams will walk residents home every weeknight from 10 p.m. to 1 a.m., through February 28 next year.",
        "2022-11-03",
        "2022-11-04T22:00",
        "2022-11-05T01:00",
        "time",
        "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;COUNT=83",
    ),
    # "through December": from now to the end of it, not only in it
    (
        "The flea market will open every 2nd and 4th Saturday through December, from 11 a.m. to 3 p.m.",
        "2023-10-30",
        "2023-11-11T11:00",
        "2023-11-11T15:00",
        "time",
        "FREQ=MONTHLY;BYDAY=2SA,4SA;COUNT=4",
    ),
    (
        "The cooking class meets every Tuesday in November.",
        "2021-10-28",
        "2021-11-02",
        None,
        "day",
        "FREQ=WEEKLY;BYDAY=TU;COUNT=5",
    ),
    (
        "A night market opens every Friday and Saturday from 6 p.m. to 11 p.m. from November 5 to 27.",
        "2021-10-28",
        "2021-11-05T18:00",
        "2021-11-05T23:00",
        "time",
        "FREQ=WEEKLY;BYDAY=FR,SA;COUNT=8",
    ),
    (
        "Inspections take place every two weeks on Monday, starting November 8.",
        "2021-10-28",
        "2021-11-08",
        None,
        "day",
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO",
    ),
    (
        "The volunteer patrol goes out every night from 10 p.m. to midnight from November 1 to 7.",
        "2021-10-28",
        "2021-11-01T22:00",
        "2021-11-02T00:00",
        "time",
        "FREQ=DAILY;COUNT=7",
    ),
    (
        "The program runs Monday through Friday from 9 a.m. to noon, November 1 to 12.",
        "2021-10-28",
        "2021-11-01T09:00",
        "2021-11-01T12:00",
        "time",
        "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;COUNT=10",
    ),
    (
        "Every school day from 8 a.m. to 8:50 a.m. until April 30, volunteers are stationed at crosswalks.",  # the weekdays
        "2024-03-20",
        "2024-03-21T08:00",
        "2024-03-21T08:50",
        "time",
        "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;COUNT=29",
    ),
    (
        "The council holds an open forum on the first Wednesday of every month, starting January 5.",
        "2021-12-30",
        "2022-01-05",
        None,
        "day",
        "FREQ=MONTHLY;BYDAY=1WE",
    ),
]


def _rrule_parts(rrule: str) -> dict[str, tuple[str, ...]]:
    """RRULE parts as a mapping, so that the order of parts and of BYDAY values does not matter."""
    parts = {}
    for part in rrule.split(";"):
        name, _, value = part.partition("=")
        parts[name.upper()] = tuple(sorted(value.split(",")))
    return parts


@pytest.mark.parametrize(
    ("sentence", "anchor", "start", "end", "grain", "rrule"),
    [_mark(pytest.param(*row, id=f"recurrence-{n:02d}-{_slug(row[0])}")) for n, row in enumerate(RECURRENCE, 1)],
)
def test_recurrence(sentence: str, anchor: str, start: str, end: str | None, grain: str, rrule: str) -> None:
    from calendarize.dates import find_mentions

    mentions = find_mentions(sentence, date.fromisoformat(anchor))
    repeating = [m for m in mentions if m.recurrence]
    assert len(repeating) == 1, [m.text for m in mentions]
    main = repeating[0]
    assert (main.iso(main.start), main.iso(main.end), main.grain) == (start, end, grain)
    assert _rrule_parts(main.recurrence) == _rrule_parts(rrule)


# --- The table itself: well-formed values, so that a typo in a row is not mistaken for a reader bug ------

_FORMATS = {"day": "%Y-%m-%d", "daypart": "%Y-%m-%d", "approximate": "%Y-%m-%d", "repeat": "%Y-%m-%d", "week": "%Y-%m-%d", "time": "%Y-%m-%dT%H:%M", "month": "%Y-%m", "year": "%Y"}


def _check_value(start: str | None, end: str | None, grain: str) -> None:
    assert grain in _FORMATS, grain
    assert start is not None or end is not None
    bounds = [datetime.strptime(v, _FORMATS[grain]) for v in (start, end) if v is not None]
    for value, parsed in zip([v for v in (start, end) if v is not None], bounds):
        assert parsed.strftime(_FORMATS[grain]) == value, value
    if start is not None and end is not None:
        assert bounds[0] < bounds[1], (start, end)
    if grain == "week":
        assert start is not None and end is not None
        calendar_week = bounds[0].weekday() in (0, 5) and bounds[1].weekday() == 6
        week_of_month = (bounds[1] - bounds[0]).days == 6 and bounds[0].month == bounds[1].month  # "the second week of May"
        assert calendar_week or week_of_month, (start, end)


def test_table_is_well_formed() -> None:
    assert sum(len(rows) for rows in TABLE.values()) >= 320
    assert len(RECURRENCE) >= 20
    sentences = [row[0] for rows in TABLE.values() for row in rows] + [row[0] for row in RECURRENCE]
    assert len(sentences) == len(set(sentences)), "a sentence appears twice"
    for rows in TABLE.values():
        for sentence, anchor, expected in rows:
            date.fromisoformat(anchor)
            for value in expected:
                _check_value(*value)
    for sentence, anchor, start, end, grain, rrule in RECURRENCE:
        date.fromisoformat(anchor)
        _check_value(start, end, grain)
        assert rrule.startswith("FREQ="), rrule


@pytest.mark.parametrize("text", [row[0] for rows in TABLE.values() for row in rows] + [row[0] for row in RECURRENCE]
                         + [p.read_text(encoding="utf-8") for p in sorted(ARTICLES.glob("*.txt"))])
def test_trigger_scan_finds_what_scanning_every_position_finds(text: str) -> None:
    """The reader tries its grammar only near trigger words; that must lose nothing."""
    from calendarize.dates import _SCAN, _scan

    assert [m.span() for m in _scan(text)] == [m.span() for m in _SCAN.finditer(text)]


def test_hours_closed_for_lunch_are_one_window() -> None:
    from calendarize.dates import find_mentions

    (m,) = find_mentions("The clinic is open weekdays 9:00~12:00 and 13:00~17:00.", date(2024, 3, 14))
    assert (m.start, m.end, m.recurrence) == (datetime(2024, 3, 15, 9, 0), datetime(2024, 3, 15, 17, 0),
                                              "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR")


def test_a_repetition_with_only_its_closing_hour() -> None:
    from calendarize.dates import find_mentions

    (m,) = find_mentions("Night clinics run every Wednesday until 9 p.m. from June 7 to 28.", date(2023, 6, 2))
    assert (m.start, m.end, m.recurrence) == (date(2023, 6, 7), datetime(2023, 6, 7, 21, 0), "FREQ=WEEKLY;BYDAY=WE;COUNT=4")


def test_a_day_off_a_repetition_s_weekdays_does_not_bound_it() -> None:
    from calendarize.dates import find_mentions

    found = find_mentions("It is for residents who find it hard to visit on weekdays, on the 19th (Sat) and 20th (Sun).",
                          date(2024, 10, 4))
    assert [(m.text, m.start) for m in found][1:] == [("the 19th (Sat)", date(2024, 10, 19)), ("20th (Sun)", date(2024, 10, 20))]


def test_listed_days_keep_their_hours_beside_a_lunch_break() -> None:
    from calendarize.dates import find_mentions

    found = find_mentions("△Dates: Dec. 21 (Thu.) and 28 (Thu.) 10:00~16:00 (lunch break 12:00~13:00)", date(2023, 12, 14))
    assert [(m.start, m.end) for m in found][:2] == [(datetime(2023, 12, 21, 10, 0), datetime(2023, 12, 21, 16, 0)),
                                                     (datetime(2023, 12, 28, 10, 0), datetime(2023, 12, 28, 16, 0))]


def test_a_count_with_its_thousands_set_apart_ends_no_range() -> None:
    from calendarize.dates import find_mentions

    found = find_mentions("The district will deliver lunch boxes on Feb. 8 (Thu.) to 1,150 seniors.", date(2024, 1, 25))
    assert [(m.start, m.end) for m in found] == [(date(2024, 2, 8), None)]


def test_a_span_that_ends_its_sentence_bounds_the_weekly_rounds_of_the_next():
    from calendarize.dates import find_mentions

    found = find_mentions("Its mosquito control schedule runs from the 16th to Sept. 30. Teams will cover alleys every "
                          "Monday and Wednesday, and parks and green spaces every Tuesday and Thursday, from 7 p.m. to "
                          "10 p.m. each time.", date(2025, 6, 11))
    assert [(m.start, m.recurrence) for m in found][1:] == [
        (datetime(2025, 6, 16, 19, 0), "FREQ=WEEKLY;BYDAY=MO,WE;COUNT=31"),
        (datetime(2025, 6, 17, 19, 0), "FREQ=WEEKLY;BYDAY=TU,TH;COUNT=31")]


def test_a_sentence_that_opens_until_a_day_bounds_its_daily_hours_from_the_day_told_before():
    from calendarize.dates import find_mentions

    found = find_mentions("The food bank will extend its opening hours from the 26th. Until March 31, it will open every "
                          "day including weekends, from 9 a.m. to 8 p.m.", date(2024, 2, 19))
    assert [(m.start, m.recurrence) for m in found][2:] == [(datetime(2024, 2, 26, 9, 0), "FREQ=DAILY;COUNT=35")]


def test_the_numbers_of_sessions_told_with_their_hours_are_no_days():
    from calendarize.dates import find_mentions

    found = find_mentions("△Period: June 16 (Fri.) ~ Aug. 26 (Sat.) △Sessions: 1st 19:30, 2nd 21:00", date(2023, 6, 8))
    assert [(m.text, m.rule) for m in found] == [("June 16 (Fri.) ~ Aug. 26 (Sat.)", "range of month-day"),
                                                 ("19:30", "clock time"), ("21:00", "clock time")]


def test_hours_told_before_but_on_a_day_are_not_that_day_s_and_a_day_until_2_am_ends_the_morning_after():
    from calendarize.dates import find_mentions

    def read(text: str) -> list[tuple[str, str | None, str | None]]:
        return [(m.text, m.iso(m.start), m.iso(m.end)) for m in find_mentions(text, date(2025, 12, 23))]

    assert read("The last trains leave at 11 p.m., but on the 31st they will run until 2 a.m.") == [
        ("11 p.m.", "T23:00", None), ("the 31st they will run until 2 a.m.", "2025-12-31", "2026-01-01T02:00")]
    assert read("On New Year's Eve, it runs until 2 a.m.") == [
        ("New Year's Eve, it runs until 2 a.m.", "2025-12-31", "2026-01-01T02:00")]


def test_hours_told_just_before_every_weekday_are_the_repetition_s_not_the_announcement_day_s():
    from calendarize.dates import find_mentions

    found = find_mentions("The district announced on the 21st that it will keep the center open until 8 p.m. every Thursday "
                          "from July 7 to Dec. 29.", date(2022, 6, 22))
    assert [(m.start, m.end, m.recurrence) for m in found] == [
        (date(2022, 6, 21), None, None),
        (date(2022, 7, 7), datetime(2022, 7, 7, 20, 0), "FREQ=WEEKLY;BYDAY=TH;COUNT=26")]
    # (its opening hour told after, with the same closing hour)
    found = find_mentions("Starting the 20th, the office will extend its hours to 8 p.m. every Wednesday through December, "
                          "with four officials staffing the counter from 6 p.m. to 8 p.m.", date(2024, 11, 14))
    assert [(m.start, m.end, m.recurrence) for m in found] == [
        (date(2024, 11, 20), None, None),
        (datetime(2024, 11, 20, 18, 0), datetime(2024, 11, 20, 20, 0), "FREQ=WEEKLY;BYDAY=WE;COUNT=6")]
