"""Words of English that the date reader needs: months, weekdays, numbers, tense cues.

Kept apart from the grammar so that the rules read as rules and the vocabulary can grow alone.
"""

from __future__ import annotations

import re

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}

WEEKDAYS = {
    "mon": 0, "monday": 0, "tue": 1, "tues": 1, "tuesday": 1, "wed": 2, "wednesday": 2,
    "thu": 3, "thur": 3, "thurs": 3, "thursday": 3, "fri": 4, "friday": 4, "sat": 5, "saturday": 5,
    "sun": 6, "sunday": 6,
}
RRULE_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")

# The marks a notice's fields open with: "▲ Date: ...", "△Venue: ...", "○ Period: ...", and "- Place: ..." at a line's start
FIELD_BULLETS = "▲△■○●◦•▶"
FIELD_MARK = rf"(?:[{FIELD_BULLETS}]|-(?=[ \t]))"
# a field labelled as a numbered part with where it lies: "△Section 1 (Stadium ~ Harlan Bridge, all 6 lanes):"
NUMBERED_PART_LABEL = r"[A-Z][a-z]+\s+\d{1,2}\s*\([^()\n]{1,80}\)\s*:"
# Hours told in an aside beside a happening's own: "10:00~16:00 (lunch break 12:00~13:00)" are hours it is not
# open; "14:00 start (check-in from 13:00)" a step of it.
ASIDE_HOURS_BEFORE = re.compile(r"\(\s*(?:lunch(?:\s+break|\s+hours?|\s+time)?|break(?:\s+time)?|rest\s+time|closed(?:\s+(?:during|for\s+lunch))?"
                                r"|check-?in|registration|reception|doors\s+open|gates\s+open|entry)"
                                r"\s*:?\s*(?:from|between|at|begins\s+at|opens\s+at|starts\s+at)?\s*$"
                                # ("asked residents to avoid the busiest hours, 11:00~14:00": hours to keep away)
                                r"|\b(?:avoid|busiest|peak|rush)\b[^.;]{0,30}?\bhours?\s*,?\s*(?:from|between)?\s*$"
                                # ("open daily from 10 a.m. to 5 p.m., with a snow-grooming break from 12:00 to 13:00")
                                r"|\bwith\s+an?\s+(?:[\w-]+\s+){0,2}?(?:break|pause|intermission)\s+(?:from|between|at)\s*$"
                                # ("the slopes will be closed for grooming from 12:00 to 13:00 every day")
                                r"|\b(?:closed|shut)\s+for\s+(?:[\w-]+\s+)?(?:grooming|cleaning|maintenance|disinfection|lunch)"
                                r"\s+(?:from|between)\s*$", re.IGNORECASE)
# the parts of a programme told by number: "Session 2", "Round 1"
PART_NOUNS = r"session|course|round|part|class|term|batch|group|section|stage"
# between the days of a list: "on the 10th, 17th and 24th", "May 21·28"
LIST_GAP = re.compile(r"\s*(?:,|,?\s*and|,?\s*or)\s*(?:the\s+)?|\s*[&·]\s*", re.IGNORECASE)
# the hours a place keeps on other days: "The rooms, normally open 9 a.m. to 10 p.m., will open from 7 a.m. ..."
USUAL_HOURS = (r"\b(?:(?:normally|usually|typically|regularly|currently)\s+(?:open|opens|operates?|runs?)\b(?:\s+(?:from|between|on))?"
               r"|(?:Regular|Usual|Normal)\s+(?:opening\s+|operating\s+|business\s+)?hours\s+are\b"  # ("Regular opening hours are ...")
               # ("shortened hours of 9:00~16:00 instead of the usual 6:00~22:00", "from the usual 7~9 a.m. to 6~10 a.m.")
               r"|\b(?:instead\s+of|from|than|rather\s+than)\s+(?:the|its|their)\s+(?:usual|normal|regular)(?:\s+hours\s+of)?"
               r"|\bon\s+(?:an?\s+)?(?:ordinary|normal|usual|typical|regular)\s+(?:night|day|weekday|evening)s?\b)")  # ("On an ordinary night the last trains leave at midnight")
USUAL_HOURS_BEFORE = re.compile(USUAL_HOURS + r"\s+$", re.IGNORECASE)
# the hours of a place told in passing: "check in at the reception desk, which opens at 12:30 p.m."
WHICH_OPENS_AT = re.compile(r"\b(?:desk|counter|office|booth|entrance|gate|room|center|centre)\s*,\s+which\s+(?:opens|closes)\s+at\s+$",
                            re.IGNORECASE)

# The marks a bulletin's section headings open with ("■ Hill-gu Health Center brings ..."), and any bullet at all
HEADING_BULLETS = "■◆◇▶●□◎▣"
ANY_BULLET = "".join(dict.fromkeys(FIELD_BULLETS + HEADING_BULLETS))
CIRCLED_NUMBERS = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"  # numbered items of a roundup

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "several": None, "few": None, "a few": None,
}



def number_of(word: str) -> int | None:
    """A count written in digits or in words ("10", "ten", "a"); None for "several" and words it does not know."""
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word.lower())


SEASONS = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11), "winter": (12, 2)}

# Words that may follow a day written as an ordinal ("the 27th in ...", "the 27th, ...") without
# making it something else. Any other noun after an ordinal ("the 4th floor") makes it a rank.
ORDINAL_NOUNS = frozenset(["floor", "floors", "anniversary", "anniversaries", "class", "classes", "administration", "administrations", "round", "rounds", "session", "sessions", "edition", "editions", "festival", "festivals", "year", "years", "grade", "grades", "grader", "graders", "place", "places", "century", "centuries", "term", "terms", "time", "times", "generation", "generations", "revolution", "industrial", "phase", "phases", "stage", "stages", "period", "periods", "cohort", "cohorts", "batch", "batches", "meeting", "meetings", "congress", "assembly", "conference", "forum", "ceremony", "ceremonies", "exhibition", "competition", "contest", "award", "awards", "prize", "prizes", "day", "week", "month", "graduation", "graduates", "graduate", "episode", "episodes", "volume", "volumes", "issue", "issues", "series", "season", "seasons", "anniv", "largest", "biggest", "highest", "lowest", "consecutive", "straight", "consecutively", "division", "team", "teams", "army", "district", "districts", "ward", "wards", "precinct", "floor-level", "level", "levels", "step", "steps", "candidate", "candidates", "member", "members", "president", "mayor", "council", "councils", "line", "lines", "unit", "units", "wave", "waves", "dose", "doses", "graf", "graph", "paragraph", "page", "pages", "item", "items", "street", "avenue", "vaccination", "election", "elections", "by-election", "by-elections", "presidential", "parliamentary", "legislative", "mayoral", "peak", "peaks", "summit", "ridge", "exit", "exits", "gate", "edition-year", "tournament", "game", "games", "match", "matches", "semester", "semesters", "quarter", "quarters", "half", "halves", "lap", "laps", "player", "players", "position", "positions", "rank", "ranking", "largest-ever", "most", "best", "worst", "time-round", "annual", "biennial", "regular", "general", "local", "national", "international", "public", "private", "city", "county", "province",
    # a council's sittings and a program's parts: "the 2nd plenary meeting", "the 305th extraordinary session"
    "plenary", "extraordinary", "ordinary", "special", "standing", "committee", "committees", "hearing", "hearings",
    "lecture", "lectures", "course", "courses", "workshop", "workshops", "seminar", "seminars", "concert", "concerts",
    "performance", "performances",
    # parts of a road or a building: "lay new asphalt on the 3rd and 4th lanes", "the 2nd exit"
    "lane", "lanes", "exit", "exits", "gate", "gates", "platform", "platforms", "section", "sections", "block", "blocks",
    "basement", "underground"])

# A clause with one of these is about the future ...
# Case-sensitive on purpose (a first letter may be capital): an ignore-case scan is several times slower.
FUTURE_CUES = re.compile(
    r"(?=[WwSs'PpIiAaEeGgUuCcMmRrOoBbTtDdKkHh])"  # the first letters of the cues below: other words are skipped quickly
    # (two alternatives that open with a group or a lookbehind get such a lookahead of their own)
    r"\b(?:[Ww]ill|[Ss]hall|[Ww]ould|'ll|[Mm]ust|[Pp]lans?\s+to|to\s+be\s+held|is\s+to|are\s+to|"
    # "were planning to", "was scheduled": the past auxiliary belongs to the plan, which lies ahead
    r"(?=[IiawbPpSsEeGg])(?:(?:[Ii]s|are|was|were|be|been|being)\s+)?(?:[Pp]lanning\s+to|[Ss]cheduled|[Ee]xpected\s+to|[Gg]oing\s+to|set\s+(?:to|for)|[Ss]lated)|"
    # "is planned for May", not "planned to pay" (a plan told as past) nor "the hastily planned trip"
    r"(?:is|are|was|were|be|been|being)\s+planned|planned\s+(?:for|on)\b|"
    r"[Uu]pcoming|[Aa]s\s+soon\s+as|[Ii]ntends?\s+to|[Aa]ims?\s+to|(?:has|have)\s+(?:re)?set\s+(?:its|their|the)\b|[Cc]an\s+(?:apply|do\s+so|get|receive|visit|join|attend|register|sign\s+up)|[Mm]ay\s+apply|[Aa]pply|[Aa]pplications?\s+(?:are|is)\s+(?:being\s+)?accepted|"
    # what is under way now runs on: "applications ... are received through the 18th"
    r"(?:is|are)\s+(?:being\s+)?(?:received|accepted|taken|offered)|"
    # the present tense of a scheduled happening: "the council meets Monday", "the vote is on Friday"
    r"[Rr]ecruiting|recruits|opens|begins|starts|runs|[Rr]eturns|kicks?\s+off|wraps\s+up|go(?:es)?\s+on\s+sale|"
    # "Sign-ups open Monday", "Registration closes Friday": a present verb right before its weekday
    # (not "stayed open Monday", "came to an end Monday": told of the past)
    r"(?<!\ban\s)(?<!stayed\s)(?<!remained\s)(?:open|close|closes|end|ends)(?=\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)|(?=[macr])(?<!\bdid\s)(?<!\bdid\snot\s)(?<!\bdidn't\s)(?:meets?|arrives?|convenes?|reconvenes?|resumes?)|is\s+held|are\s+held|takes\s+place|[Dd]eadline\s+is|(?:is|are)(?:\s+on)?(?=\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b))\b"
)
# What a day told after these words is left out of: "Hours are 10 a.m. to 7 p.m., except on the final day, when ..."
EXCEPT_BEFORE = re.compile(r"\b(?:except|but\s+not)\s+(?:on\s+|for\s+)?(?:the\s+)?$", re.IGNORECASE)
# A plan told in the past tense looks ahead only for what follows it: "planned to leave on Thursday";
# "On Friday, the government planned to pay" dates the planning.
FUTURE_AFTER_CUES = re.compile(r"\b[Pp]lanned\s+to\b")
# So does what someone is asked to do: "asked residents to pay by the 28th" (the asking is past).
TO_DO_CUES = re.compile(r"\bto\s+(?:pay|submit|apply|register|file|renew|sign\s+up)\b")
# ... and one of these about the past. A participle after "will be" / "to be" is not past.
# Past-tense words; besides these, any word of five letters or more ending in "-ed" (see PAST_SUFFIX).
PAST_WORDS = frozenset(
    ["was", "were", "had", "did", "held", "said", "says", "announced", "won", "received", "signed", "conducted", "completed", "opened", "recruited", "published", "issued", "sold", "selected", "ended", "closed", "attended", "hosted", "began", "started", "launched", "awarded", "graduated", "visited", "met", "gave", "reported", "added", "told", "killed", "died", "arrested", "came", "went", "took", "made", "formed", "found", "decided", "agreed", "passed", "approved", "released", "unveiled", "introduced", "expressed", "declared", "denied", "claimed", "stated", "noted", "explained", "revealed", "confirmed", "rose", "fell", "dropped", "jumped", "accepted", "exhausted", "set", "ran", "saw", "drew", "brought", "bought", "left", "led", "kept", "spent", "sent", "built", "paid", "lost", "chose", "wrote", "spoke", "stood", "grew", "threw", "became", "sought", "taught", "caught", "fought", "heard", "understood", "sat", "got", "broadcast"]
)
# Verbs that move a happening to another day ("postponed to", "pushed back a week to", "moved up to")
MOVED = r"(?:postponed|rescheduled|moved(?:\s+up)?|delayed|pushed\s+back|put\s+off|brought\s+forward|changed)"
# Past forms spelled like the present, read as the past only after a singular subject: "it broadcast ... on the
# 1st" (the present would be "broadcasts"), not "a live broadcast on the 10th".
PAST_AFTER_SUBJECT = frozenset(["broadcast", "rose"])  # (nouns too: "a live broadcast", "rose perfume making")
PAST_SUFFIX = "ed"
REPORTING_VERBS = frozenset(["said", "says", "told", "announced", "reported", "added", "stated", "noted", "explained"])
NOT_PAST = frozenset(
    ["followed", "unemployed", "employed", "disabled", "retired", "married", "widowed", "skilled", "experienced",
     "renowned", "detailed", "talented", "scheduled", "planned", "expected", "needed", "based", "aimed", "limited", "interested", "required", "related", "dedicated", "designed", "organized", "located", "united", "used", "registered", "selected-to", "designated", "certified", "licensed", "specialized", "qualified"]
)
FUTURE_PARTICIPLE = re.compile(
    r"\b(?:[Ww]ill|[Ww]ould|to|[Ss]hall|[Cc]an|[Mm]ay|[Mm]ust|[Ss]hould)\s+(?:\w+\s+){0,2}?be\s+\w+")

# Korean holidays on the lunar calendar, by solar date (month, day) and year: Seollal (the Lunar New
# Year), Buddha's Birthday and Chuseok. Years outside the table are not read as dates.
LUNAR_HOLIDAYS = {
    "seollal": {2015: (2, 19), 2016: (2, 8), 2017: (1, 28), 2018: (2, 16), 2019: (2, 5), 2020: (1, 25),
                2021: (2, 12), 2022: (2, 1), 2023: (1, 22), 2024: (2, 10), 2025: (1, 29), 2026: (2, 17)},
    "buddha's birthday": {2015: (5, 25), 2016: (5, 14), 2017: (5, 3), 2018: (5, 22), 2019: (5, 12), 2020: (4, 30),
                          2021: (5, 19), 2022: (5, 8), 2023: (5, 27), 2024: (5, 15), 2025: (5, 5), 2026: (5, 24)},
    "chuseok": {2015: (9, 27), 2016: (9, 15), 2017: (10, 4), 2018: (9, 24), 2019: (9, 13), 2020: (10, 1),
                2021: (9, 21), 2022: (9, 10), 2023: (9, 29), 2024: (9, 17), 2025: (10, 6), 2026: (9, 25)},
}

# the sky's hour, no one's: "The sun is expected to rise at 7:47 a.m.", "the sun will rise over the sea at around 7:30"
SKY_TIME = (r"\b(?:sun|moon)\s+(?:is\s+expected\s+to\s+|will\s+)?(?:rise|set|rose)s?(?:\s+(?:over|above|behind|from)\s+[^.;,]{3,40}?)?"
            r"\s+at(?:\s+around|\s+about)?|\b(?:sunrise|sunset|moonrise)\s+(?:is|will\s+be)\s+(?:expected\s+)?(?:at|around)"
            # ("The first sunrise of the year is forecast to appear at 7:41 a.m.")
            r"|\b(?:sunrise|sun)\b[^.;]{0,60}?\b(?:(?:is|are)\s+(?:forecast|expected|predicted)\s+to|will)\s+(?:appear|rise)"
            r"\s+at(?:\s+around|\s+about)?"
            # ("The first sunrise of the year is expected at 7:41 a.m.")
            r"|\bsun(?:rise|set)\b[^.;]{0,40}?\b(?:is|will\s+be)\s+(?:forecast|expected|predicted)\s+(?:at|around)(?:\s+around|\s+about)?")
SKY_TIME_BEFORE = re.compile(SKY_TIME + r"\s+$", re.IGNORECASE)
