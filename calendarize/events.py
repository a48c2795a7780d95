"""Build calendar events from the dated sentences of an article.

Every day- or time-level date inside an organization's item is a candidate. Background is dropped
(months, years, periods long over, statements of what someone announced), hours stated in another
sentence join the happening they describe, and a happening told twice becomes one event.
"""

from __future__ import annotations

import bisect
import calendar
import hashlib
import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from functools import cache
from itertools import pairwise

from dateutil.rrule import rrule, rrulestr

from .dates import find_mentions, sentence_bounds
from .lexicon import (
    ANY_BULLET,
    ASIDE_HOURS_BEFORE,
    CIRCLED_NUMBERS,
    EXCEPT_BEFORE,
    FIELD_BULLETS,
    FIELD_MARK,
    HEADING_BULLETS,
    LIST_GAP,
    MOVED,
    NUMBERED_PART_LABEL,
    PART_NOUNS,
    RRULE_DAYS,
    SKY_TIME,
    SKY_TIME_BEFORE,
    USUAL_HOURS,
    USUAL_HOURS_BEFORE,
    WEEKDAYS,
    WHICH_OPENS_AT,
    number_of,
)
from .model import Document, Event, Mention, Source, day_of
from .segment import Item, Sentence, section_heading, split_items

_BACKGROUND_AFTER = timedelta(days=14)  # a period over more than two weeks before publication is history

# A quoted name; a closing ’ followed by a letter is an apostrophe inside it ("Riverside’s Tomorrow").
# Every alternative opens with its quote mark (an opening ' is checked behind it), so the engine skips to quotes.
# A plural's apostrophe inside a name ("‘Farmers’ Market’", "'Citizens' Day Ceremony'", "'citizens' auditors'")
# does not close it when a few words and the closing mark follow.
_IN_NAME = r"(?=\s+[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,4}[,.]?[’'](?![A-Za-z]))"
_QUOTED = re.compile(rf"‘((?:[^‘’]|’(?=[A-Za-z]))[^‘]{{1,88}}?)’(?![A-Za-z])(?!(?<=s’){_IN_NAME})|“([^“”]{{3,90}}?)”"
                     rf"|'(?<![A-Za-z]')((?:[^']|(?<=[A-Za-z])'(?=[a-z])|(?<=s)'{_IN_NAME}){{3,90}}?)'(?![A-Za-z])(?!(?<=s'){_IN_NAME})"
                     rf"|\"([^\"]{{3,90}}?)\"")
# An ignore-case alternation of words is slow to try at every word; a lookahead on the first letters of
# its words ("(?=[aers])") lets the engine pass over the other words quickly. It must list every first letter.
_AMOUNT_OF = r"(?:(?:an?\s+)?(?:additional\s+)?[\d.,]+\s+(?:billion|million|thousand)?\s*(?:KRW|won|dollars)\s+worth\s+of\s+)?"
# "will hold the 'X'", "will issue X worth", "held the X at": the phrase a verb governs
_GOVERNED = re.compile(r"\b(?=[abcdeghijloprsv])(?:hold|holds|held|host|hosts|hosted|open|opens|opened|operate|operates|run|runs|"
                       r"begins?(?=\s+the\s+(?!(?:week|weekend|day|month|year)\b))|"  # ("will begin the free flu vaccination")
                       r"starts?(?=\s+the\s+(?!(?:week|weekend|day|month|year)\b))|"
                       r"issue|issues|dispatch|dispatches|deploy|deploys|set\s+up|sets\s+up|install|installs|"
                       r"conduct|conducts|conducted|convene|convenes|launch(?!\s+(?:ceremony|event|party))|launches|screens?(?!\s+time\b)|stage|stages|organize|organizes|provide|provides|providing|"
                       r"offer|offers|offering|give|gives|giving|holding|hosting|running|operating|hand\s+out|hands\s+out|handing\s+out|"
                       r"signed|sign|recruit|recruits|recruited|join|attend|enjoy|visit|accept|accepts|receive|receives|put\s+on|puts\s+on|"
                       r"set\s+(?:its|their)|carry\s+out|carries\s+out|carrying\s+out|distribute|distributes|adjust|adjusts|"
                       r"book(?=\s+their\b))\s+"  # ("has set its book fair for the 22nd", "to book their COVID-19 vaccinations")
                       + _AMOUNT_OF +
                       r"(?:an?\s+|the\s+|(?<=book\s)their\s+)?(?:additional\s+)?(?!(?:out|up|off|away|over)\b|(?:early|earlier|late|later|again|ahead)\s+(?:on|at|in|from|this|next|than)\b|(?:on|at|in|from|every|each|until|during|for|since)\s)(?P<t>.{4,120}?)"
                       # (not "run out", nor "open on Saturdays during the season")
                       r"(?=\s+(?:from|on|at|in|for|until|worth|under|via|through|with|every|each|daily|between|to\s+(?!the\b)|"
                       r"as(?=\s+soon\b))\b|[,.;(]|$)", re.IGNORECASE)
_TITLE_PATTERNS = [
    # "At the opening ceremony on November 1, ..."
    re.compile(r"\b(?:At|During)\s+the\s+(?P<t>[^,;]{4,80}?)\s+(?:on|from|at|in)\b"),
    # "The opening ceremony at 10 a.m. on the 14th will feature a parade ...": the ceremony
    re.compile(r"^\W*(?:The|An?)\s+(?P<t>(?:[a-z][\w'’-]*\s+){0,3}(?:ceremony|concert|parade|performance|show|lecture|talk|"
               r"briefing|tour|drill|festival|fair|market))\s+(?:at\s+\d|on\s+(?:the\s+)?\d)[^,;]{0,40}?\s+will\b"),
    # "... the budget bill will be put to a vote at the second plenary session at 2 p.m. on the 25th": the session
    re.compile(r"\bat\s+the\s+(?P<t>(?:first|second|third|final|last|\d+(?:st|nd|rd|th))\s+(?:plenary\s+)?(?:session|meeting))"
               r"\s+(?:on|at)\b"),
    _GOVERNED,
    # "... will keep its interpretation and counseling hotline open from Oct. 3 to 9": the hotline
    re.compile(r"\bkeeps?\s+(?:its|their|the)\s+(?P<t>[^,;]{4,80}?)\s+open\b"),
    # "decided to extend the operation of the temporary screening clinic at X, which has been running since ...": the clinic
    re.compile(r"\bextend\s+the\s+operation\s+of\s+(?:the\s+|its\s+)?(?P<t>[^,;]{4,90}?)(?=\s*,|\s+(?:until|to|through)\b)"),
    # "The festival opens with a lighting ceremony at 8 p.m.": the ceremony (before the next pattern reads 'The festival opens')
    re.compile(r"\b(?:opens?|begins?|starts?|kicks?\s+off|ends?|closes?|comes?\s+to\s+an\s+end)\s+with\s+(?:an?\s+|the\s+)?(?P<t>[^,;]{4,90}?)(?=\s+(?:at|on|from|in)\b|[,.;]|$)",
               re.IGNORECASE),
    # "The highlight is a fireworks show at 9 p.m. on the second night": the show
    re.compile(r"\b(?:highlight|main\s+event|centerpiece|finale)\s+(?:is|will\s+be)\s+(?:an?\s+|the\s+)?"
               r"(?P<t>[^,;]{4,60}?)(?=\s+(?:that|which|at|on|from|in|over)\b|[,.;]|$)", re.IGNORECASE),
    # "..., and discharge resumes from 6 p.m. on the 21st": what starts again, with its verb
    re.compile(r"(?:^|,\s+(?:and\s+)?)(?:the\s+)?(?P<t>[^,;]{3,60}?\s+resumes)\b", re.IGNORECASE),
    # "The visiting clinic will operate on the 30th", "Pre-recorded videos will be streamed"
    # (a count's comma is no clause's: "3,000 fruit tree seedlings ... will be handed out")
    re.compile(r"(?:^|,\s+)(?:the\s+)?(?P<t>(?:[^,;]|(?<=\d),(?=\d{3})){4,100}?)\s+"
               r"(?:(?:will|can|is|are|was|were)\s+(?:(?:also|again|only|still)\s+)?(?:be\s+)?"
               r"(?:held|conducted|streamed|broadcast|operated|opened|provided|offered|issued|available|open|made|"
               r"accepted|purchased|screened|shown|operate|run|take\s+place|begin|start|handed\s+out|given\s+(?:out|away)|"
               r"distributed|(?:\w+ly\s+)?(?:controlled|restricted|"
               r"closed))|opens|runs|meets|takes\s+place|"
               r"begins|starts|(?<=[a-z]s\s)(?:begin|start)|operates|kicks\s+off|gets\s+under\s*way)\b", re.IGNORECASE),
    # "the second-half automobile tax must be paid by the 31st": what is due
    re.compile(r"(?:^|,\s+|\bthat\s+)(?:the\s+)?(?P<t>[^,;]{3,50}?)\s+must\s+(?:be\s+(?:paid|submitted|filed|reported|received)|reach|arrive)\b",
               re.IGNORECASE),
    # "results will be announced on the 21st", "winners will be selected by lottery on the 19th"
    re.compile(r"(?:^|,\s+(?:and\s+)?)(?:the\s+)?(?P<t>[^,;]{3,40}?\s+will\s+be\s+(?:announced|notified|drawn|"
               r"selected\s+by\s+(?:lottery|draw)))\b", re.IGNORECASE),
    # "its signature autumn event, the Elm Aster Festival, kicks off this coming Saturday": the name in apposition
    re.compile(r",\s+the\s+(?P<t>[A-Z][^,;]{3,80}?),\s+(?:kicks\s+off|gets\s+under\s*way|opens|runs|begins|starts|will|is)\b"),
    # "The forum is on December 3", "A briefing is scheduled for 2 p.m. on the 2nd", "The deadline is November 19"
    re.compile(r"(?:^|,\s+)(?:the\s+)?(?P<t>[^,;]{4,80}?)\s+(?:is|are|will\s+be)\s+"
               r"(?:(?:scheduled|set|slated|planned)\s+(?:for|on)\s+|on\s+|from\s+)?"
               r"(?=(?:the\s+)?(?:(?:morning|afternoon|evening|night)\s+of\s+the\s+)?\d"
               r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d"
               r"|(?:(?:next|this|coming)\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
               r"|the\s+(?:first|opening|last|final|closing)\s+(?:day|night|evening)\b)", re.IGNORECASE),
    # "The photo exhibition, which opened on the 20th, runs until ...": the subject before its relative clause
    re.compile(r"^(?:(?:meanwhile|in\s+addition|also|additionally|separately),\s+)?(?:the\s+)?(?P<t>[^,;]{4,80}?),\s+(?:which|who|where)\b",
               re.IGNORECASE),
    # "The program is for 10 students ..., and it meets every Wednesday": the program named before (see _title)
    re.compile(r"^(?:The|This)\s+(?!(?:district|county|city|ward|council|center|office)\b)(?P<t>[a-z]+)\s+"
               r"(?:is|are|will|meets|runs|opens)\b"),
]
_LOCATION = re.compile(
    # (not "the Special Committee on Budget and Accounts", "the Forum on Urban Renewal": a name's own words)
    r"\b(?:at|in|(?<!Committee\s)(?<!Commission\s)(?<!Council\s)(?<!Forum\s)(?<!Conference\s)(?<!Symposium\s)on)\s+(?:the\s+)?(?P<loc>(?:(?:\d+(?:st|nd|rd|th)\s+floor|basement)\s+of\s+(?:the\s+)?(?:former\s+)?)?"
    r"[A-Z0-9][\w'’.&-]*(?:\s+(?:[A-Z0-9][\w'’.&()-]*|of|and|the|de))*"
    r"(?:\s+(?:auditorium|hall|square|park|(?:lawn\s+)?plaza|lobby|parking\s+lot|center|community\s+(?:service\s+)?centers?|library|gymnasium|stadium|room|"
    r"building|office|market|station|(?:main\s+)?entrance|conference\s+room|grounds|field|court|theater|museum|waterfront|riverside)"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?)?)"  # ("the Zone 2 lawn plaza of Fennick Riverside Park")
)
_ROAD = re.compile(r"\b(?:on|along|of)\s+([A-Z][\w'’]*-(?:ro|gil|daero)(?:\s+\d+-gil)?)\b")
_LANES_CLOSED = re.compile(r"\b(?P<lanes>(?:north|south|east|west)bound\s+lanes)\s+will\s+be\s+(?:fully\s+|partially\s+)?closed\b")
_IT_WILL_CLOSE = re.compile(r"It\s+will\s+(?:temporarily\s+|fully\s+)?close\b")
_EARLY_VOTING_FOR = re.compile(r"\bearly\s+voting\s+for\s+(?:the\s+)?[‘'“\"]", re.IGNORECASE)
_DURING_SPAN_LEAD = re.compile(r"\W*(?:During|Over|Throughout)\s+the\s+[^,]{3,70}?,\s+(?:the\s+|an?\s+)?")
_THE_ROAD_CLOSED = re.compile(r"\W*(?:(?:Both|All|Two|Four)\s+(?:directions|lanes)\s+of\s+)?the\s+(?:road|street|section|stretch)\s+"
                              r"will\s+be\s+(?:fully\s+|partially\s+|completely\s+|temporarily\s+)?(?:closed|blocked)\b")
_IN_FRONT_OF = re.compile(r"\bin\s+front\s+of\s+(?:the\s+)?(?P<loc>(?:(?:main\s+|front\s+)?(?:gate|entrance)s?\s+of\s+(?:the\s+)?)?"
                          r"[A-Z][\w'’.&-]*(?:\s+(?:[A-Z0-9][\w'’.&-]*|of|the))*(?<!\sof)(?<!\sthe)"
                          r"(?:\s+(?:main\s+)?(?:building|gate|entrance|plaza|square))?)")  # ("the City Hall main building")
_VENUE = (r"(?i:auditorium|hall|chamber|square|park|plaza|lobby|stage|center|centre|library|gymnasium|stadium|room|classroom|"
          r"building|office|market|station|field|court|theater|theatre|museum|gallery|yard|grounds|riverside|riverbank|"
          r"waterside|waterfront|beach|summit|observatory|lot|lawn|hospital|clinic|pharmacy|port|terminal|pier|wharf|complex|pool|rink|"
          r"cafeteria|(?<=open\s)ground)")  # ("at the open ground of X Park")
_VENUE_WORD = re.compile(rf"\b{_VENUE}s?\b")  # (a word of its own: no "port" in "passport")
_COMMON_PLACE = re.compile(
    # ("at 12 neighborhood community service centers", "at senior centers and community centers")
    rf"\b(?:at|in|on)\s+(?:front\s+of\s+)?(?:the\s+|any\s+of\s+the\s+|(?=(?:\d+|all|each|every)\s)"
    rf"|(?<=at\s)(?!(?:one|several|many)\b)(?=(?:[a-z][\w'’-]*\s+){{0,3}}{_VENUE}s\b))"
    rf"(?P<loc>(?:(?:\d+|all|each|every)\s+)?(?:\d+(?:st|nd|rd|th)[- ]floor\s+)?(?:[a-z][\w'’-]*\s+){{0,3}}{_VENUE}s?"
    rf"(?:(?:\s+on\s+the\s+(?:basement\s+)?\d+(?:st|nd|rd|th)\s+floor)?\s+(?:in\s+front\s+of|of)\s+(?:the\s+)?(?:(?:[A-Z0-9][\w'’.&-]*\s+)*(?:[a-z][\w'’-]*\s+){{0,2}}{_VENUE}"
    rf"|[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|\d{{1,2}}(?:\+|\b)(?![.:]\d|\s*[ap]\.?m)))*))?)\b")
# ("the riverside of Hollow Stream", "the plaza in front of Gate 1")
_NOT_PLACES = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|"
    r"Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?|YouTube|ZOOM|Zoom|"
    r"Instagram|Facebook|Naver|Kakao|KakaoTalk|Internet|COVID|Korea|Korean|English|In|At|On|The|This|Addition|"
    r"Particular|Advance|Order|Response|Celebration|Cooperation|Collaboration|Line|Accordance|Time|Total|"
    r"Jeongwol|Daeboreum|Chuseok|Seollal|Christmas|New\s+Year|Lunar|Children['’]s\s+Day|Parents['’]\s+Day)\b|^\d(?!\d*(?:st|nd|rd|th)\s+floor\s+of\s)"
    r"|^[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)?\s+(?:Day|Eve)$"  # ("on Earth Day, the 22nd": a day, not a place)
)  # (a number is no place, but "the 3rd floor of the X Hall" is one)
_ONLINE = re.compile(r"\b(?=[ilmnovwyz])(?:online|YouTube|ZOOM|Zoom|metaverse|live[- ]stream\w*|webinar|non-face-to-face|website|"
                     r"virtual(?:ly)?|Instagram Live)\b", re.IGNORECASE)
_ANNOUNCEMENT = re.compile(r"^\W*(?:[\w-]+\s+){0,2}(?:announced|said|stated|explained|revealed|reported)\b",
                           re.IGNORECASE)
_SAID_AT_THE_END = re.compile(r"\s*(?:\([^()]{0,20}\)\s*)?,\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:said|announced|stated)\s*[.!]?\s*$")
_ANNOUNCED_ON = re.compile(r"\b(?<!will\sbe\s)(?=[acders])(?:announced|said|stated|explained|revealed|reported|decided|agreed|"
                           r"confirmed)\s+(?:on\s+)?(?:the\s+)?$", re.IGNORECASE)
_APPLICATION = re.compile(r"\b(?=[abers])(?:appl(?:y|ies|ied|ying|ications?|icants?)|registrations?|register"
                          r"|recruit\w*|sign[- ]?ups?|submi(?:t|ssion)s?|be\s+submitted|enrol(?:l|ment)|entries|accepting"
                          r"|book(?<=\b(?:can|may)\sbook)"  # ("those aged 60 to 64 can book from the 13th")
                          # (not what coming takes: "(reservation required)", "by reservation")
                          r"|reserv(?<!by\sreserv)(?:e|ed|ing|ations?)(?!\s+required(?!\s+by\b)))\b", re.IGNORECASE)
_SALE = re.compile(r"\b(?=[cdgipsv])(?:gift certificates?|vouchers?|sale|sales|discount|issu(?:e|ed|ance|ing)|purchas\w*|coupons?)\b",
                   re.IGNORECASE)
# ("for about an hour", "two hours", "users change every 1 hour", "during those hours": no opening hours)
_HOURS = re.compile(r"(?<!-)(?<!\ban\s)(?<!\ba\s)(?<!\d\s)(?<!\bone\s)(?<!\btwo\s)(?<!\bthree\s)(?<!\bfour\s)(?<!\bfew\s)"
                    r"(?<!\bseveral\s)(?<!\bthose\s)(?<!\bthese\s)(?<!\bhalf\s)(?<!\bhalf-)\bhours?\b|\bdaily\b|\bevery day\b|\b(?:both|each)\s+days?\b|\bopen(?:s|ing)?\s+from\b|\b(?:is|are|be|stays?|remains?)\s+open\s+(?=\d)|\bdoors\s+open\b|\bopens?\s+at\b.{0,30}\bclose\w*\s+at\b"
                    r"|\bviewing\s+(?:is|will\s+be)\s+(?:available|possible|allowed|free|open)\b|\bcan\s+be\s+viewed\b"
                    rf"|{FIELD_MARK}\s*(?:Time|Hours)\s*:", re.IGNORECASE)  # ("▲Time: 10:00~16:00", below the days of a notice)
_VENUE_SENTENCE = re.compile(r"\b(?=[cghlotps])(?:held|conducted|takes?\s+place|take\s+place|located|operated|given|offered|parked|stationed"
                             r"|set\s+up)\s+(?:at|in|on)\s+the\b"  # ("Two blood donation buses will be parked in the front plaza of ...")
                             r"|\b(?=[cghlot])(?:held|conducted|takes?\s+place|located|operated|given)\s+at\b", re.IGNORECASE)
_BYLINE = re.compile(r"\s*\[[^\]]{0,80}\]\s*")
_STOPWORDS = frozenset(["the", "a", "an", "of", "and", "in", "on", "at", "for", "to", "with", "by", "from", "this", "that", "will", "be", "is", "are", "was", "were", "its", "their", "can", "may", "has", "have", "been"])

CATEGORIES: tuple[tuple[str, re.Pattern], ...] = (
    ("Culture", re.compile(r"\b(?:festival|concert|exhibition|performance|craft|photo|film|art|music|culture|"
                           r"cultural|library|book|contest)\w*", re.IGNORECASE)),
    ("Education", re.compile(r"\b(?:education|class(?:es)?|lecture|training|course|consulting|school|academ\w+|"
                             r"students?|mentor\w*)\b", re.IGNORECASE)),
    ("Economy", re.compile(r"\b(?:gift certificates?|loans?|small business\w*|sales?|compensation|jobs?|"
                           r"economy|economic|market|startup|funds?)\b", re.IGNORECASE)),
    ("Health", re.compile(r"\b(?:COVID-19|vaccin\w+|screening|clinic|quarantine|health|medical)\b", re.IGNORECASE)),
    ("Youth", re.compile(r"\b(?:youth|teen\w*|adolescent|children|child)\b", re.IGNORECASE)),
    ("Awards", re.compile(r"\b(?:prize|award\w*|winners?)\b", re.IGNORECASE)),
    ("Science", re.compile(r"\b(?:science|scientific|robot\w*|coding|AI|metaverse)\b")),
    ("Community", re.compile(r"\b(?:residents?|village|community|volunteer\w*|urban regeneration)\b", re.IGNORECASE)),
)


def _one_scan(categories: tuple[tuple[str, re.Pattern], ...]) -> re.Pattern:
    """The category patterns as one scan, a named group each. Every pattern starts at a word boundary
    and no keyword begins another category's, so a single pass finds the categories that one search
    per pattern would (tests/test_events.py holds them to it); the lookahead skips word ends quickly."""
    groups = []
    for i, (_, rx) in enumerate(categories):
        if not rx.pattern.startswith(r"\b"):
            raise ValueError(f"a category pattern must start at a word boundary: {rx.pattern}")
        body = rx.pattern[2:] if rx.flags & re.IGNORECASE else f"(?-i:{rx.pattern[2:]})"
        groups.append(f"(?P<c{i}>{body})")
    return re.compile(r"\b(?=[a-z])(?:" + "|".join(groups) + ")", re.IGNORECASE)


_CATEGORY_SCAN = _one_scan(CATEGORIES)


def _categories(text: str) -> tuple[str, ...]:
    """The names of the categories whose pattern occurs in text, in the order of CATEGORIES."""
    found = {m.lastgroup for m in _CATEGORY_SCAN.finditer(text)}
    return tuple(name for i, (name, _) in enumerate(CATEGORIES) if f"c{i}" in found)


@dataclass
class _Draft:
    """An event while it is being assembled from its sentence."""

    mention: Mention
    item: Item
    sentence: Sentence
    title: str
    organizer: str | None
    location: str | None
    online: bool
    kind: str
    categories: tuple[str, ...]
    descriptions: list[str]
    inferred: list[str]
    recurrence: str | None = None
    start: date | datetime | None = None
    end: date | datetime | None = None
    exdates: list[date] = field(default_factory=list)  # days the repetition skips


def extract_events(doc: Document) -> list[Event]:
    """The events of one document, in reading order."""
    text = doc.text
    starts = sentence_bounds(text)  # the date reader and the item splitter cut the same sentences
    mentions = sorted(find_mentions(text, doc.anchor, starts), key=lambda m: m.start_offset)
    offsets = [m.start_offset for m in mentions]
    drafts: list[_Draft] = []
    items = split_items(text, starts)
    streaming = _STREAM_WORD.search(text) is not None  # (most articles stream nothing: one scan spares the items)
    for item in items:
        if item.organizer is None and item.start == 0 and len(items) > 1:
            continue  # the headline and byline: they summarise the items below
        inside = mentions[bisect.bisect_left(offsets, item.start):bisect.bisect_left(offsets, item.end)]
        item_drafts: list[_Draft] = []
        told: Mention | None = None
        unheld_end: tuple[Mention, Sentence] | None = None  # an "until ..." that ended nothing told before it
        for m in inside:
            sentence = _sentence_of(item, m.start_offset)
            if sentence is None or m.end_offset > sentence.end:
                continue  # (a reading that runs past the end of its line or sentence is no event's date)
            m = _week_end_as_day(_month_end_as_day(m, text, doc.anchor), text, doc.anchor)
            if _in_heading(text, m):
                continue  # "■ Sunday family climbing day returns": the title of the item below, which tells its days
            if told is not None and _FALLS_IN_BEFORE.search(text, max(told.end_offset, m.start_offset - 40), m.start_offset):
                continue  # "on the 30th (Sat.), which falls during the Chuseok holidays": the day told, not a span of its own
            if m.day_from_context and (_SHUTTLE.search(text, sentence.start, m.end_offset) or _SHUTTLE_FIELD.search(
                    text, max(sentence.start, m.start_offset - 60), m.start_offset) or _SHUTTLE.search(
                    text, sentence.start, sentence.end) and _RESTRICTED.search(text, sentence.start, sentence.end)) \
                    or m.grain in ("time", "repeat") and _TIMETABLE.match(text, sentence.start):
                continue  # "shuttle buses will run ... every 10 minutes from 5:30 a.m.", "The first bus leaves the station at
                # 8:40 a.m. and the last ... at 6:30 p.m.": a service of the happening told
            if m.rule == "weekday" and _ROTATION_DAY_BEFORE.search(text, max(sentence.start, m.start_offset - 12), m.start_offset) \
                    or text.find("(", m.start_offset - 2, m.start_offset) >= 0 \
                    and _WEEK_OF_PERIOD_BEFORE.search(text, max(sentence.start, m.start_offset - 40), m.start_offset):
                # "During the first week (23rd~27th), a five-day rotation ... applies (1 and 6 on Monday, 2 and 7 on Tuesday,
                # ...)": the part of a period told before, and who may apply on which of its days
                continue
            if m.rule.startswith("holiday") and _HOLIDAY_OF_SPAN_AFTER.match(text, m.end_offset):
                continue  # "during the six-day Chuseok and National Foundation Day holiday from Sept. 28 to Oct. 3": its name
            if m.rule.endswith(" of a span") and any(x.start_offset > m.end_offset and x.end_offset <= sentence.end
                                                     and x.rule == "month-day" for x in inside):
                continue  # "On the last day, children will show ... at a 'Dream School Showcase' at 3 p.m. on Aug. 14": that day
            if m.grain in ("time", "repeat") and _SUSPENDED_AFTER.match(text, m.end_offset):
                continue  # "The lunch-time parking allowance ... (11:30 a.m. to 1:30 p.m.) will also be suspended": hours no more
            if m.grain in ("time", "repeat") and _BARRED_FROM_DOING.search(text, sentence.start, m.start_offset):
                continue  # "sites will be barred from using pile drivers before 8 a.m. ... and from working on Sundays": when not
            if m.grain == "repeat" and _CLOSED_ON_BEFORE.search(text, max(sentence.start, m.start_offset - 30), m.start_offset):
                continue  # "it will close on the 2nd and 4th Mondays of each month": the days it is not open
            if m.recurrence and _SHOW_TIMES.match(text, sentence.start):
                continue  # "Shows are at 11 a.m. and 2 p.m. on weekends and at 3 p.m. on weekdays": the times of the run told before
            if m.rule in ("weekday", "every weekday") and _CLOSING_DAYS_AFTER.match(text, m.end_offset):
                continue  # "including the libraries' regular Monday closing days": a kind of day, not a date
            if ASIDE_HOURS_BEFORE.search(text, max(sentence.start, m.start_offset - 30), m.start_offset) \
                    or m.grain in ("time", "repeat") and _USUAL_HOURS_LEAD.search(text, sentence.start, m.start_offset):
                # "10:00~16:00 (lunch break 12:00~13:00)": the hours it is not open; "14:00 start (check-in from
                # 13:00)": a step of the happening, told beside its time; "The rooms, normally open 9 a.m. to 10 p.m.,
                # will open from 7 a.m. ...", "The toy library normally opens on weekdays from 9:30 a.m. ... and on
                # Saturdays until 1 p.m.": the hours it keeps on other days
                continue
            if _CAPTION.search(text, sentence.start, sentence.end):
                continue  # "(Photo = Provided by X-gu) 2023.11.06. photo@newsis.com": a photo's stamp, no happening
            if (m.rule.startswith("holiday") or m.rule == "weekday") and _inside_a_name(text, sentence, m):
                continue  # the ‘Hangeul Day Calligraphy Contest’, ‘Saturday Walks’: names, whose dates the sentence gives
            # “The freedom we enjoy today was bought ...”: what a mayor says, not the calendar (but “On the 20th, we
            # will also open the newly renovated forest trail” announces a happening)
            if _in_speech(text, m) and not (m.grain in ("day", "time") and m.rule != "relative day"
                                            and _WE_WILL.search(text, m.end_offset, min(sentence.end, m.end_offset + 40))):
                continue
            if told is not None and _restates(told, m, text):
                # "at 3 p.m. today (28th)", "this weekend (30th-31st)": one happening, read at the finer grain
                # (but "During the Seollal holidays (Feb. 9?12)": the days the article gives, over the holiday's own)
                if told.rule.endswith(" of a span") and item_drafts and item_drafts[-1].mention is told \
                        and _days_of(m) != _days_of(told):
                    _retold_day(item_drafts[-1], m)  # "On the opening day, the 21st (Fri.), ...": that day, not the one read
                    told = m
                    continue
                if _GRAIN_RANK.get(m.grain, 1) >= _GRAIN_RANK.get(told.grain, 1) and not (
                        told.rule.startswith("holiday") and m.grain == told.grain and not m.rule.startswith("holiday")):
                    continue
                if item_drafts and item_drafts[-1].mention is told:
                    item_drafts.pop()
            if type(m.start) is time and _CHANGED_TO_BEFORE.search(text, max(sentence.start, m.start_offset - 50), m.start_offset):
                continue  # "the start of the workday ... will be pushed back one hour to 10 a.m.": an hour changed, no happening
            if type(m.start) is time and (host := _told_in_paragraph_before(text, m, told, item_drafts)) is not None \
                    and not _SIDE_SERVICE.search(text, sentence.start, sentence.end) \
                    and not _not_hours_of_anything(text, m.start_offset):
                # "... will be held on the 30th.\n\nVolunteers will make kimchi from 10 a.m. to 3 p.m. in ...": its hours
                # (not a theme: "Under the theme 'A Book, A Walk', 45 booths will be open from 10 a.m. to 6 p.m. on both days")
                named = [_quote_text(q) for q in _QUOTED.finditer(text, sentence.start, sentence.end)
                         if not _THEME_BEFORE.search(text, max(0, q.start() - 20), q.start())]
                if named and not _content_words(named[0]) & _content_words(host.title):
                    # ("... support measures for the exam on the 13th.\n\nFrom 6:30 a.m. to 8:10 a.m., the district will run
                    # the 'Suneung Emergency Transport' service": a happening of that day, by its own name)
                    host = replace(host, title=_tidy(named[0], quoted=True), descriptions=[], inferred=[], mention=m,
                                   sentence=sentence)
                    item_drafts.append(host)
                _give_hours(host, m, sentence.text_of(text).strip())
                told = m
                continue
            told = m
            if text.find("both", sentence.start, m.start_offset) >= 0 and _BOTH_STARTS.match(text, sentence.start) \
                    and _ENDED_BEFORE.search(text, max(sentence.start, m.start_offset - 40), m.start_offset) \
                    and _run_until(item_drafts, sentence, m, text):
                continue  # "... can make reservations since the 6th, and those aged 60 to 64 can book from the 13th.
                # Reservations for both groups close on June 3": the end of both
            d = _draft(doc, item, sentence, m, item_drafts)
            if d is None:
                # "until the 29th", "until the end of this month" with nothing of its own: the end of what was told
                ends = m.open_start or m.grain == "month" and _UNTIL_JUST_BEFORE.search(text, max(0, m.start_offset - 8),
                                                                                      m.start_offset)
                # (not "... will be delivered to 320 households before the Lunar New Year": by then, not until then)
                ends = ends and not _BEFORE_JUST_BEFORE.search(text, max(0, m.start_offset - 12), m.start_offset) \
                    and not _FORMER_DATE_BEFORE.search(text, max(0, m.start_offset - 60), m.start_offset)
                if ends and not _run_until(item_drafts, sentence, m, text):
                    unheld_end = (m, sentence)
                elif not ends:
                    _opened_before_closing(item_drafts, m, text)
            elif item_drafts and (d.kind == "deadline" or d.kind == "application" and _CLOSE_VERB.search(
                    text, max(sentence.start, m.start_offset - 40), m.start_offset)) and (
                        _told_together(item_drafts[-1].sentence, d.sentence, text) or d.kind == "deadline"
                        and d.mention.start_offset - item_drafts[-1].mention.end_offset < _RESTATED_END_REACH) \
                    and item_drafts[-1].kind == "application" and item_drafts[-1].end == day_of(d.start):
                # "accepted from March 2 to 17 ..., and mailed applications must be postmarked by the 17th"; "... from
                # the 20th to October 6. Online applications through the Bokjiro portal close at 6 p.m. on the last day."
                if d.sentence is not item_drafts[-1].sentence:
                    item_drafts[-1].descriptions.extend(x for x in d.descriptions if x not in item_drafts[-1].descriptions)
                continue
            elif _restates_series(item_drafts, d):
                continue  # "... every Wednesday from May 3 to Oct. 25. ... it has moved to Wednesdays": the days told again
            elif not _closes(item_drafts, d, text) and not _opens_what_closes_later(item_drafts, d, text):
                if unheld_end is not None:
                    _started_before_told(item, d, *unheld_end, text)
                    unheld_end = None
                if not _moves(item_drafts, d, text) and not _paused(item_drafts, d, text) and not _ends_as_told(item_drafts, d, text):
                    item_drafts.append(d)
        _join_consecutive_days(item_drafts, text)
        _opening_day_of_span(item_drafts)
        _reopening_ends_closure(item_drafts, text)
        _closed_for_the_same_period(item, item_drafts, text)
        _closes_early(item_drafts, text)
        _hours_of_all_sessions(item_drafts, text)
        _notice_days_share_hours(item_drafts, text)
        _repeat_from(doc, item, inside, item_drafts)
        _hours_of_days_listed(doc, item_drafts)
        _hours_by_class(doc, item, inside, item_drafts)
        lines_hours = _weekday_lines_of_period(doc, inside, item_drafts)
        _join_hours(doc, item, [m for m in inside if m is not lines_hours], item_drafts)
        _hours_by_class_told(doc, item, inside, item_drafts)
        _closed_every(doc, item, inside, item_drafts)
        _same_hours_as_before(item_drafts, text)
        _daily_from_day_told(item, item_drafts, text)
        _repeat_during(doc, item_drafts)
        _lasts_as_told(doc, item, item_drafts)
        _showtimes(item_drafts, text)
        _sessions_of_series(item_drafts)
        _weekly_lists(item_drafts)
        _rounds_of_series(item_drafts, text)
        _fields_restate_days(item_drafts, text)
        _field_gives_holiday_days(item_drafts, text)
        _ends_told_after(item_drafts, text)
        _skipped_days(doc, item, inside, item_drafts)
        _drill_hours(item, item_drafts, text)
        _ends_around(item_drafts, text)
        _inherit_places(doc, item, item_drafts)
        _tell_where_named(doc, item, item_drafts)
        _tell_what_follows(doc, item, item_drafts)
        if streaming:
            _streamed_later(doc, item, item_drafts)
        drafts.extend(item_drafts)
    drafts = _merge_retellings(drafts, text)
    return [_finish(doc, d) for d in drafts]


_FALLS_IN_BEFORE = re.compile(r",\s+(?:which|that)\s+(?:falls?|fell|is|was)\s+(?:during|on|in|over)\s+(?:the\s+)?$")
_CLOSING_DAYS_AFTER = re.compile(r"\s+(?:closing|closed|rest|off)\s+days?\b|\s+closures?\b"
                                 r"|,\s+when\s+(?:it|they)\s+(?:is|are)\s+(?:normally|usually)\s+closed\b", re.IGNORECASE)
_ROTATION_DAY_BEFORE = re.compile(r"(?<![\w,.])\d\s*(?:and|or|&)\s*\d\s+on\s+$")
_WEEK_OF_PERIOD_BEFORE = re.compile(r"\b(?:[Dd]uring|[Ii]n|[Ff]or)\s+the\s+(?:first|second|third|last|final)\s+week\s*\(\s*$")
_HOLIDAY_OF_SPAN_AFTER = re.compile(r"\s+holidays?\s+(?:from|between)\s")
_SUSPENDED_AFTER = re.compile(r"\s*\)\s+(?:will\s+(?:also\s+)?be|is|are)\s+(?:also\s+)?(?:suspended|lifted|scrapped|abolished)\b")
_BARRED_FROM_DOING = re.compile(r"\b(?:barred|banned|prohibited|forbidden)\s+from\s+[a-z]+ing\b")
_CLOSED_ON_BEFORE = re.compile(r"\b(?:(?:will\s+)?(?:close|closes|closed|shut|shuts)|(?:is|are|will\s+be)\s+(?:closed|shut)"
                               r"|no\s+(?:[a-z]+\s+)?(?:performances|shows|screenings|classes|sessions|tours))"  # ("with no performances on Mondays")
                               r"\s+(?:on\s+)?(?:every\s+|each\s+)?$", re.IGNORECASE)
# a sentence that tells only the times of a run told before it
_SHOW_TIMES = re.compile(r"\s*(?:The\s+)?(?:shows?|performances?|screenings?)\s+(?:are|will\s+be|start|begin)\s+(?:held\s+)?at\s",
                         re.IGNORECASE)
_REOPENS_ON_BEFORE = re.compile(r"\b(?:reopens?|resumes?|will\s+(?:reopen|resume)"
                                r"|(?:collection|services?)\s+(?:starting|resuming|restarting|starts|restarts)(?:\s+again)?(?:\s+early)?)"
                                # ("discharge resumes from 6 p.m. on the 21st, with collection starting early on the morning of the 22nd")
                                r"\s+(?:on\s+|from\s+)?(?:the\s+(?:morning|evening)\s+of\s+)?(?:the\s+)?$", re.IGNORECASE)
_CLOSURE = re.compile(r"\b(?:close|closes|closed|closure|shut|suspend|suspends|suspended|not\s+be\s+(?:collected|picked\s+up))\b",
                      re.IGNORECASE)


def _reopening_ends_closure(drafts: list[_Draft], text: str) -> None:
    """"will close Dec. 30?Jan. 1 ... The libraries reopen on Jan. 2": the day after a closure told before only
    ends it (a weekend or a holiday may lie between: "closed on the 29th ... services resume on March 4")."""
    for d in list(drafts):
        if not _REOPENS_ON_BEFORE.search(text, max(d.sentence.start, d.mention.start_offset - 60), d.mention.start_offset):
            continue
        closure = next((c for c in drafts if c.mention.start_offset < d.mention.start_offset
                        and _CLOSURE.search(c.descriptions[0]) and 0 < (day_of(d.start) - _last_day_of(c)).days <= 4), None)
        if closure is not None:
            drafts.remove(d)
            closure.descriptions.extend(x for x in d.descriptions if x not in closure.descriptions)
            continue
        # ("Owlstream Riverside Park, which has been closed since the 8th ..., will reopen on the 20th": closed until then)
        since = next((c for c in drafts if c.sentence is d.sentence and c.title.endswith(" closed") and c.end is None
                      and type(c.start) is date and c.start < day_of(d.start)), None)
        if since is not None:
            since.end = day_of(d.start) - timedelta(days=1)


# "..., while its seven public libraries and five public sports centers will close for the same period": what closes,
# with no day of its own
_CLOSED_SAME_PERIOD = re.compile(r"(?:,\s*(?:while|and|but)\s+|^\W*)(?:(?:its|the|their|all)\s+)?(?P<what>[^,;.]{3,100}?)"
                                 r"\s+will\s+(?:also\s+)?(?:close|be\s+closed|shut|be\s+shut)\s+(?:for|during|over)\s+"
                                 r"the\s+same\s+(?:period|days)\b", re.IGNORECASE)
_SAME_PERIOD = re.compile(r"same\s+(?:period|days)", re.IGNORECASE)  # cheap test before the pattern above
_COUNT_BEFORE_NOUN = re.compile(r"\b(?:all\s+)?(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|all)\s+",
                                re.IGNORECASE)  # ("all 16 public parking lots", "seven public libraries")


def _closed_for_the_same_period(item: Item, drafts: list[_Draft], text: str) -> None:
    """A closure told "for the same period", in the sentence of a span or the one after it, is a closure over the
    span's days."""
    if not _SAME_PERIOD.search(text, item.start, item.end):
        return  # (one look at the item spares most of them a look at each sentence)
    for sentence in item.sentences:
        said = _SAME_PERIOD.search(text, sentence.start, sentence.end) and \
            _CLOSED_SAME_PERIOD.search(text, sentence.start, sentence.end)
        if not said or any(d.sentence is sentence and d.mention.start_offset > said.start() for d in drafts):
            continue
        span = max((d for d in drafts if d.mention.start_offset < said.start() and type(d.start) is date and d.end is not None
                    and (d.sentence is sentence or d.sentence is _previous_sentence(item, sentence.start))),
                   default=None, key=lambda d: d.mention.start_offset)
        if span is None:
            continue
        what = _COUNT_BEFORE_NOUN.sub("", said.group("what")).strip()
        closed = replace(span, title=_tidy(f"{what} closed"), descriptions=[sentence.text_of(text)],
                         inferred=[f"Closed over the days of {span.title}, as the article says."], location=what,
                         recurrence=None, exdates=[], sentence=sentence)
        drafts.insert(drafts.index(span) + 1, closed)


def _closes_early(drafts: list[_Draft], text: str) -> None:
    """"... which opened on Jan. 18 and was scheduled to run until the 16th, will close on the 9th (Sun.), a week
    early": the day it now closes ends the span its sentence told, and is no happening of its own."""
    for d in list(drafts):
        if type(d.start) is not date or d.end is not None \
                or not _ENDED_BEFORE.search(text, max(d.sentence.start, d.mention.start_offset - 40), d.mention.start_offset):
            continue
        span = next((s for s in drafts if s.sentence is d.sentence and s.mention.start_offset < d.mention.start_offset
                     and type(s.start) is date and type(s.end) is date and s.start < d.start < s.end
                     and _WAS_TO_RUN.search(text, s.sentence.start, d.mention.start_offset)), None)
        if span is not None:
            span.inferred.append(f"Now ends on {d.start.isoformat()}, earlier than planned ({span.end.isoformat()}).")
            span.end = d.start
            drafts.remove(d)


def _hours_of_all_sessions(drafts: list[_Draft], text: str) -> None:
    """"△Sept. 23 (Mon.) X △Sept. 30 (Mon.) Y △Oct. 8 (Tue.) Z ※ All sessions 10:00~16:00": the hours the last
    entry took are those of every day listed on its line."""
    for d in drafts:
        if not isinstance(d.start, datetime) or not isinstance(d.end, datetime) or d.recurrence \
                or not (note := _ALL_SESSIONS.search(text, d.mention.start_offset, d.mention.end_offset + 1)):
            continue
        line = text.rfind("\n", 0, d.mention.start_offset) + 1
        listed = [e for e in drafts if type(e.start) is date and e.end is None and not e.recurrence
                  and line <= e.mention.start_offset < d.mention.start_offset]
        for e in listed:
            e.start, e.end = datetime.combine(e.start, d.start.time()), datetime.combine(e.start, d.end.time())
            e.inferred.append(f"Hours of all the sessions listed: “{note.group().strip()}”")
        if listed and len({e.title for e in listed}) == 1:
            # (the last entry, read with the hours, is one of them: its title, and its place as the others')
            d.title = listed[0].title
            place = _ENTRY_DAY.sub("", text[d.mention.start_offset:note.start()], count=1).strip(" ,")
            d.location = d.location or (place if 3 <= len(place) <= 80 and all(e.location for e in listed) else None)


_ENTRY_DAY = re.compile(r"^[^\d]*\d{1,2}(?:st|nd|rd|th)?\s*(?:\([A-Za-z.]{2,6}\))?\s*")  # ("Oct. 8 (Tue.) ")
_ALL_SESSIONS = re.compile(r"※\s*(?:All|Each)\s+(?:sessions?|dates?|days?|rounds?|classes|visits?)\b", re.IGNORECASE)
_WAS_TO_RUN = re.compile(r"\b(?:was|had\s+been)\s+(?:scheduled|planned|set|due)\s+to\s+(?:run|continue|last)\s+(?:until|through|to)\b")
_LISTED_AFTER = re.compile(r"\s*(?:,|and|or|,\s*and)\s*(?:on\s+)?")
_CLOSE_VERB = re.compile(r"\b(?:close|closes|closing|end|ends)\b")


# ("must be submitted by the end of this month", "has been extended to the end of this month")
_BY_WEEK_END = re.compile(r"\bby\s+the\s+end\s+of\s+$", re.IGNORECASE)
_BY_MONTH_END = re.compile(r"\b(?:by|until|till|through|(?:extended|pushed\s+back|moved|postponed)\s+(?:to|until))\s+$", re.IGNORECASE)


def _month_end_as_day(m: Mention, text: str, anchor: date) -> Mention:
    """"by the end of this month" is a deadline on its last day, as "by the 30th" would be (but "received 412
    entries by the end of last month" tells what is past)."""
    if m.grain != "month" or m.rule != "part of a month" or not isinstance(m.start, date) or "end" not in m.text.lower() \
            or not _BY_MONTH_END.search(text, max(0, m.start_offset - 30), m.start_offset):
        return m
    last = date(m.start.year, m.start.month, calendar.monthrange(m.start.year, m.start.month)[1])
    return replace(m, start=last, end=None, grain="day", open_start=True) if last >= anchor else m


def _week_end_as_day(m: Mention, text: str, anchor: date) -> Mention:
    """"by the end of next week" is a deadline on that week's Friday, its last working day."""
    if m.grain != "week" or type(m.start) is not date or type(m.end) is not date or (m.end - m.start).days != 6 \
            or not _BY_WEEK_END.search(text, max(0, m.start_offset - 30), m.start_offset):
        return m
    friday = m.start + timedelta(days=4 - m.start.weekday())
    return replace(m, start=friday, end=None, grain="day", open_start=True,
                   reason=f"{m.reason}; the end of that week: its Friday".lstrip("; ")) if friday >= anchor else m


# How far after a period's field line a deadline on its last day is that period's end told again ("○ Application and
# payment period: March 16 ~ April 1 ... payments made by April 1 will be accepted")
_RESTATED_END_REACH = 600


def _told_together(first: Sentence, then: Sentence, text: str) -> bool:
    """The same sentence, or the next one in its paragraph."""
    return first is then or 0 <= then.start - first.end <= 2 and "\n" not in text[first.end:then.start]


_HEADING_OPENERS = HEADING_BULLETS + CIRCLED_NUMBERS  # ("■ Sunday family climbing day returns", "④ Autumn courses: registration Sept. 4~8")


def _in_heading(text: str, m: Mention) -> bool:
    start = text.rfind("\n", 0, m.start_offset) + 1
    if text[start:m.start_offset].lstrip()[:1] not in _HEADING_OPENERS:
        return False  # (most lines open with no bullet)
    end = text.find("\n", m.start_offset)
    return section_heading(text[start:end if end >= 0 else len(text)])


def _inside_a_name(text: str, sentence: Sentence, m: Mention) -> bool:
    return any(q.start() < m.start_offset and m.end_offset < q.end()
               for q in _QUOTED.finditer(text, sentence.start, sentence.end))


def _in_speech(text: str, m: Mention) -> bool:
    """Inside what someone is quoted saying: "Mayor Kang said, “The freedom we enjoy today was bought ...”"
    (a quote may hold several sentences, in curly or straight quotes)."""
    paragraph = text.rfind("\n", 0, m.start_offset) + 1
    opened, closing = text.rfind("“", paragraph, m.start_offset), "”"
    if opened < 0 or text.rfind("”", opened, m.start_offset) >= 0:
        straight = text.count('"', paragraph, m.start_offset)
        if straight % 2 == 0:
            return False
        opened, closing = text.rfind('"', paragraph, m.start_offset), '"'
    if _SPEAKS.search(text, max(0, opened - 30), opened) is not None:
        return True
    closed = text.find(closing, m.end_offset)  # (“... today ...,” Mayor Ryu said.)
    return closed >= 0 and _SPOKEN_BY.match(text, closed + 1) is not None


_CAPTION = re.compile(r"\((?:Photo|Image)\s*=|\bphoto@")
_WE_WILL = re.compile(r"\bwe\s+will\b")
# (“...,” Mayor Ryu said; "...," a district official said)
_SPOKEN_BY = re.compile(r"[,.]?\s*(?:(?:the\s+|an?\s+)?(?:[A-Z][\w'’.-]*\s+|[a-z][\w'’-]*\s+){1,4})?"
                        r"(?:said|says|added|stressed|emphasized|explained|noted)\b")
_SPEAKS = re.compile(r"\b(?:said|says|added|stressed|emphasized|explained|noted|asked|urged),?\s*$")


_GRAIN_RANK = {"time": 0, "day": 1, "daypart": 1, "week": 2, "approximate": 3, "month": 3, "year": 4}  # finest first


def _days_of(m: Mention) -> tuple[date, date] | None:
    first, last = (day_of(v) if isinstance(v, date) else None for v in (m.start, m.end))
    if first is None:
        return None
    if last is None and m.grain == "month":
        last = first.replace(day=calendar.monthrange(first.year, first.month)[1])  # "November (Nov. 1-30)"
    return first, last or first


_WEEKDAY_LAST = re.compile(r"(?i)(?:mon|tues|wednes|thurs|fri|satur|sun)day$")
_HOLIDAY_DAYS_GAP = re.compile(r"\s*,\s*|\s*,?\s*(?:from|between|on)\s+(?:the\s+)?")


_APPOSITIVE_SPAN_GAP = re.compile(r"\s*,\s*(?:an?|the)\s+[^.;,]{0,50}?\b(?:from|between|over)\s+(?:the\s+)?", re.IGNORECASE)


def _restates(before: Mention, m: Mention, text: str) -> bool:
    """Whether `m`, in parentheses or after a comma right after `before`, names the same days again
    ("on October 9 (Sun), Hangeul Day, at ...")."""
    gap = text[before.end_offset:m.start_offset]
    if re.fullmatch(r"\s*,\s+the\s*", gap) and m.rule == "weekday" and before.grain in ("day", "time"):
        return True  # "on the 3rd, the Saturday before the holiday": the day said another way
    if before.rule.startswith("holiday") and m.grain == "day" and _HOLIDAY_DAYS_GAP.fullmatch(gap) \
            and (days := _days_of(m)) is not None and (told := _days_of(before)) is not None \
            and days[0] <= told[1] and told[0] <= days[1]:
        return True  # "During the Lunar New Year holiday from the 9th to the 12th": the days the article counts in it
    if _APPOSITIVE_SPAN_GAP.fullmatch(gap) and m.end is not None and (days := _days_of(m)) is not None \
            and days == _days_of(before):
        return True  # "from Oct. 3 (Fri.) to 9 (Thu.), a seven-day break that runs from National Foundation Day through ..."
    if not re.fullmatch(r"\s*[(,]\s*", gap) or "repeat" in (before.grain, m.grain):
        return False
    if before.rule.endswith(" of a span") and m.grain in ("day", "time") and gap.strip() == ",":
        return True  # "On the opening day, the 21st (Fri.), ...": the day itself, whatever span was told before
    if before.rule.startswith("holiday") and gap.strip() == "(" and m.grain == "day":
        return True  # "During the Seollal holidays (Feb. 9?12)": the holiday, with the days the article counts in it
    if (gap.strip() == "(" or _WEEKDAY_LAST.search(before.text)) and before.end is not None and (days := _days_of(m)) is not None \
            and days[0] == days[1] and (told := _days_of(before)) is not None and days[0] == told[1] != told[0]:
        # "from this Friday until next Tuesday (Chuseok day)", "opens Monday and runs through Friday, June 17": the
        # last day said another way
        return True
    days = _days_of(before)
    return days is not None and _days_of(m) == days


def _retold_day(d: _Draft, m: Mention) -> None:
    """The happening read from "the opening day" (of the span told last) is on the day the text gives right after."""
    d.mention, d.start, d.end = m, m.start, m.end
    if isinstance(d.start, datetime) and d.end is None and (lasts := _LASTS_IN_NAME.search(d.title)) \
            and (length := _length_told(lasts)):
        d.end = d.start + length  # "a 15-minute fireworks show"


def _restates_series(drafts: list[_Draft], d: _Draft) -> bool:
    """Weekdays told with no hours and no bounds, as a series of the item told before has them."""
    if not d.recurrence or not d.recurrence.startswith("FREQ=WEEKLY") or type(d.start) is not date \
            or "COUNT" in d.recurrence or "UNTIL" in d.recurrence:
        return False
    days = _BYDAY.search(d.recurrence)
    return days is not None and any(x.recurrence and (told := _BYDAY.search(x.recurrence)) and told.group() == days.group()
                                    for x in drafts)


_BYDAY = re.compile(r"BYDAY=[A-Z0-9,]+")


def _closes(drafts: list[_Draft], d: _Draft, text: str) -> bool:
    """"accepting applications starting from the 1st, and will close applications on the 17th": the day
    that ends the period its sentence opened (of the same title); then it is that period's end."""
    opened = drafts[-1] if drafts and (drafts[-1].sentence is d.sentence or d.kind == "deadline" and d.mention.open_start
                                       and drafts[-1].kind == "application"
                                       and d.mention.start_offset - drafts[-1].mention.end_offset < 1200) else None
    if opened is None and d.kind == "deadline" and d.mention.open_start and _APPLICATIONS_RUN.match(text, d.sentence.start):
        # "... will begin taking registrations ... at 9 a.m. on the 27th (Mon). The courses ... will run from April 10 to
        # June 30 ... Registration is first-come, first-served ... until 6 p.m. on the 31st": the opening told before
        opened = next((x for x in reversed(drafts) if x.kind == "application" and x.end is None
                       and d.mention.start_offset - x.mention.end_offset < 1200), None)
    # ("will start receiving applications ... on the 28th. ... The district will take applications until May 16")
    # ("Applications, which opened on the 21st, will be received until 6 p.m. on the 31st": the period's last day)
    period = opened is not None and not d.mention.open_end and (  # ("from the 12th, ... from the 17th": two starts)
        opened.mention.open_end or opened.kind == "application" and d.kind == "deadline"
        # "the sledding field, which opened on December 23 last year, ended on the 18th"
        # ("open on December 1 and close on the 10th")
        or (_OPENED_BEFORE.search(text, max(0, opened.mention.start_offset - 64), opened.mention.start_offset)
            or _STARTS_ON.search(text, max(0, opened.mention.start_offset - 40), opened.mention.start_offset))
        and _ENDED_BEFORE.search(text, max(0, d.mention.start_offset - 40), d.mention.start_offset))
    # (a deadline closes the applications its sentence opened, however its clause was named)
    # ("accepting applications ... since the 14th, and the window closes on the 30th": its own clause, the same period)
    closing = _ENDED_BEFORE.search(text, max(0, d.mention.start_offset - 40), d.mention.start_offset)
    same = opened is not None and (opened.title == d.title or opened.kind == "application" and (
        d.kind == "deadline" or d.kind == "application" and opened.mention.open_end and closing))
    # "Registration opens at 9 a.m. Monday ... and closes Dec. 26": the days from the one it opens on
    timed_opening = opened is not None and isinstance(opened.start, datetime) and opened.kind == "application" \
        and opened.end is None and opened.sentence is d.sentence and closing is not None \
        and _OPENS_AT.search(text, max(0, opened.mention.start_offset - 20), opened.mention.start_offset)
    if timed_opening and isinstance(d.start, date) and day_of(d.start) > opened.start.date():
        opened.inferred.append(f"Opens at {opened.start.strftime('%H:%M')} on its first day.")
        opened.start = opened.start.date()
        period = same = True
    # ("will accept applications from 9 a.m. on the 10th ... applications are due by 6 p.m. on the 21st": to that hour)
    timed = opened is not None and isinstance(opened.start, datetime) and isinstance(d.start, datetime)
    if not period or opened.end is not None or not same or type(opened.start) is not date and not timed \
            or not isinstance(d.start, date) or day_of(d.start) <= day_of(opened.start):
        return False
    opened.end = d.start if timed else day_of(d.start)
    told = "the same sentence"
    if opened.sentence is not d.sentence:
        told = "a later sentence"
        opened.location = opened.location or d.location
        opened.descriptions.extend(x for x in d.descriptions if x not in opened.descriptions)
    opened.inferred.append(f"Ends on {opened.end.isoformat()}, as {told} says (“{d.mention.text}”).")
    return True


def _opens_what_closes_later(drafts: list[_Draft], d: _Draft, text: str) -> bool:
    """"is recruiting teams for the ‘Startup Competition’ until the 20th. ... applications opened today": the
    deadline told first becomes the period that the start told after opens; then that is the period."""
    closing = drafts[-1] if drafts and drafts[-1].kind == "deadline" and drafts[-1].mention.open_start else None
    if closing is None or d.kind != "application" or type(d.start) is not date or type(closing.start) is not date \
            or not d.start < closing.start or d.mention.start_offset - closing.mention.end_offset > 600 \
            or not _OPENED_BEFORE.search(text, max(d.sentence.start, d.mention.start_offset - 40), d.mention.start_offset):
        return False
    closing.start, closing.end, closing.kind = d.start, closing.start, "application"
    if not closing.title.startswith("Applications"):
        closing.title = f"Applications: {closing.title}"
    closing.descriptions.extend(x for x in d.descriptions if x not in closing.descriptions)
    closing.inferred.append(f"Opened on {d.start.isoformat()}, as a later sentence says (“{d.mention.text}”).")
    return True


_SUSPENDED_ON_BEFORE = re.compile(r"\b(?:suspended|halted)\s+(?:for\s+(?:a|one|two|three|four|\d)\s+days?\s+)?on\s+"
                                  r"(?:(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s*(?:\([A-Za-z.]{2,5}\)\s*)?(?:,\s*and|,|and)\s+)*"
                                  r"(?:the\s+)?$", re.IGNORECASE)
_RESUMED_ON_BEFORE = re.compile(r"\bresumed\s+(?:on\s+)?(?:the\s+)?$", re.IGNORECASE)


def _paused(drafts: list[_Draft], d: _Draft, text: str) -> bool:
    """"the festival, which opened on the 7th, resumed on the 15th after being suspended for two days on the 13th and
    14th": the days a happening its sentence told opening paused are days it skips, and the day it resumed is no
    happening of its own. True when the draft is such a day."""
    lo = max(d.sentence.start, d.mention.start_offset - 80)
    suspended = _SUSPENDED_ON_BEFORE.search(text, lo, d.mention.start_offset)
    if type(d.start) is not date or d.end is not None or not (
            suspended or _RESUMED_ON_BEFORE.search(text, lo, d.mention.start_offset)):
        return False
    host = next((h for h in reversed(drafts) if h.sentence is d.sentence and h.title == d.title and h.kind == d.kind
                 and h.end is None and not h.recurrence and day_of(h.start) < d.start
                 and _OPENED_BEFORE.search(text, max(0, h.mention.start_offset - 40), h.mention.start_offset)), None)
    if host is None:
        return False
    if suspended:
        host.exdates.append(d.start)
    return True


def _moves(drafts: list[_Draft], d: _Draft, text: str) -> bool:
    """"... must be paid by July 31. However, as the 31st falls on a Sunday, the payment deadline is pushed
    back to August 1": the new day replaces the one told just before (of the same kind), under its name.
    True when the draft tells again the day the one before already has (it is then no happening of its own)."""
    if not drafts:
        return False
    before, lo = drafts[-1], max(d.sentence.start, d.mention.start_offset - 40)
    if _EXTENDED_TO.search(text, lo, d.mention.start_offset) and before.sentence is d.sentence and before.end is not None \
            and type(before.end) is date and day_of(before.end) < day_of(d.start) and not before.recurrence:
        # "its exhibition, which opened on June 3 and was due to close on the 31st, has been extended to Oct. 19":
        # the span told before runs to the new day
        drafts.pop()
        d.title, d.kind, d.start, d.end = before.title, before.kind, before.start, day_of(d.start)
        d.location = d.location or before.location
        d.inferred.append(f"Extended from {before.end.isoformat()}, as the article says.")
        return False
    if _EXTENDED_FROM.search(text, lo, d.mention.start_offset) and before.sentence is d.sentence and type(d.end) is date \
            and before.end is None and not before.recurrence and type(before.start) is date and before.start < d.end:
        # "The screening station, which began rapid antigen tests on the 3rd, is open ... daily, and its operation has been
        # extended from the end of this month to March 13": from its start to the new end (the old one is no start)
        drafts.pop()
        d.title, d.kind, d.start = before.title, before.kind, before.start
        d.location = d.location or before.location
        d.inferred.append(f"Extended to {d.end.isoformat()}, as the article says.")
        return False
    if not _MOVED_TO.search(text, lo, d.mention.start_offset):
        return False
    # (nor "The closure of the Marlow Underpass, initially planned to begin on the 15th, has been put off to August 5?16")
    named = [_quote_text(q) for q in _QUOTED.finditer(d.descriptions[0])] \
        or [n.group() for n in _CAPITALIZED_NAME.finditer(d.descriptions[0], 0, d.mention.start_offset - d.sentence.start)]
    if before.sentence is not d.sentence and named and not any(_content_words(n) & _content_words(before.title) for n in named):
        return False  # "the ‘Rice Festival’, originally scheduled for the 21st, has been postponed to ...": not what was told before
    same_place = before.sentence is d.sentence or before.sentence.end <= d.sentence.start <= before.sentence.end + 2
    told = d.descriptions[0].lower()
    same_kind = before.kind == d.kind or before.kind == "deadline" and "deadline" in told
    # (not "any book due during the closure will have its due date pushed back to February 3": a due date, not the
    # closure told before)
    own_date = "due date" in told and "due date" not in before.descriptions[0].lower()
    if same_kind and same_place and not own_date and day_of(before.start) < day_of(d.start):
        drafts.pop()
        d.title, d.kind = before.title, before.kind
        d.inferred.append(f"Moved from {day_of(before.start).isoformat()}, as the article says.")
    # ("From Oct. 4, ... at unmanned kiosks. The service was first planned to start on Sept. 25, but the city moved the
    # date back to Oct. 4": the day told already, told again as where it was moved to)
    same_paragraph = before.sentence.start <= d.sentence.start and "\n" not in text[before.sentence.end:d.sentence.start]
    return same_kind and same_paragraph and not own_date and before.start == d.start and not d.recurrence and not named


def _repeat_from(doc: Document, item: Item, inside: list[Mention], drafts: list[_Draft]) -> None:
    """"starting the 13th, the center will run a clinic every Thursday from 6 p.m. to 9 p.m.": the day told
    as a start begins the weekly repetition its sentence gives, at its hours."""
    for m in inside:
        if m.grain != "repeat" and not m.rule.endswith("within dates") or not (m.recurrence or "").startswith("FREQ=WEEKLY"):
            continue  # (the days a schedule skips, "every day except Mondays", are no mention: see dates)
        sentence = _sentence_of(item, m.start_offset)
        stext = sentence.text_of(doc.text) if sentence else ""
        if sentence is not None and _kept_before(doc.text[sentence.start:sentence.end], m.start_offset - sentence.start):
            continue  # (the hours kept until now start nothing)
        if _CLOSED_ON_BEFORE.search(doc.text, max(0, m.start_offset - 30), m.start_offset):
            continue  # "It is closed every Monday": the days it is not open (see _closed_every)
        if _usual_hours(doc.text, sentence, m):
            continue  # "It currently operates from 9 a.m. to 6 p.m. on weekdays and from 9 a.m. to 1 p.m. on Saturdays"
        told = [d for d in drafts if d.mention.start_offset < m.start_offset]
        # ("... escort service ... starting on the 7th. Patrol teams will walk residents ... every weeknight from
        # 10 p.m. to 1 a.m., through February 28": the sentence just after a start, with no day of its own before)
        just_after_start = told and sentence is not None and told[-1].sentence is not sentence \
            and _starts_on(doc, told[-1]) and _sentence_after(item, told[-1].sentence) is sentence \
            and not any(x.sentence is sentence and x.mention is not m for x in told)
        if told and sentence is not None and told[-1].sentence is not sentence and (_IT_OPENS.match(stext) or just_after_start):
            told = told[-1:]  # "... starting on March 4. The program will run every Monday and Wednesday from 3 p.m."
        else:
            told = [d for d in told if d.sentence.start <= m.start_offset < d.sentence.end]
        d = next((d for d in told if _starts_on(doc, d)), None)
        # ("will run the ‘Silver Academy’ from the 19th to December 9. Lectures will be held every Tuesday and
        # Thursday from 2 to 4 p.m.": the sessions of that span)
        # (or, in its own sentence, a span just before it: "from next Monday until the end of the year, every
        # Monday and Thursday from 18:00 to 21:00")
        joined = told and told[-1].sentence is sentence and (before := max(
            (x.end_offset for x in inside if x.end_offset <= m.start_offset), default=None)) is not None \
            and _SPAN_THEN_EVERY.fullmatch(doc.text, before, m.start_offset)
        span = told[-1] if len(told) == 1 and (told[-1].sentence is not sentence or joined) \
            and type(told[-1].start) is date and type(told[-1].end) is date and not told[-1].recurrence \
            and "COUNT" not in m.recurrence else None
        d = d or span
        if d is None:
            _first_session_after(doc, item, inside, drafts, m)
            continue
        days = {RRULE_DAYS.index(code) for code in m.recurrence.split("BYDAY=")[1].split(";")[0].split(",")}
        first = next(d.start + timedelta(n) for n in range(7) if (d.start + timedelta(n)).weekday() in days)
        sessions = sum(1 for n in range((d.end - first).days + 1) if (first + timedelta(n)).weekday() in days) if span else 0
        clock = m.start.time() if isinstance(m.start, datetime) else None
        d.start = datetime.combine(first, clock) if clock else first
        d.end = datetime.combine(first, m.end.time()) if clock and isinstance(m.end, datetime) else None
        if d.end is not None and d.end <= d.start:
            d.end += timedelta(days=1)  # ("from 10 p.m. to 1 a.m.")
        d.recurrence = m.recurrence + (f";COUNT={sessions}" if sessions else "")
        if "COUNT" in m.recurrence and not span and isinstance(m.start, date):
            d.recurrence = _recounted(m.recurrence, m.start, first)  # ("through February 28": the sessions from the start)
        d.location = d.location or _location(stext)
        counted = _FOR_WEEKS.match(doc.text, m.end_offset)  # "every Tuesday and Thursday for four weeks" ("eight sessions")
        if "COUNT" not in m.recurrence and counted and (n := number_of(counted.group(1))):
            d.recurrence += f";COUNT={n * len(days) if counted.group(2).lower() == 'weeks' else n}"
        d.inferred.append(f"Repeats {m.text.strip()}, from the day the article says it starts.")
        drafts[:] = [x for x in drafts if x.mention is not m]  # (the repetition, read alone, made an event of its own)


_USUAL_HOURS = re.compile(USUAL_HOURS, re.IGNORECASE)
_TURN = re.compile(r"\b(?:but|will|now|instead|however)\b", re.IGNORECASE)
_USUAL_WORDS = ("normal", "usual", "typical", "regular", "current", "ordinary")


def _usual_hours(text: str, sentence: Sentence | None, m: Mention) -> bool:
    """Whether `m` is among the hours a place keeps on other days, told since a "normally open" of its sentence
    ("It currently operates from 9 a.m. to 6 p.m. on weekdays and from 9 a.m. to 1 p.m. on Saturdays")."""
    lo = sentence.start if sentence is not None else max(0, m.start_offset - 200)
    before = text[min(lo, max(0, m.start_offset - 30)):m.start_offset].lower()
    if not any(word in before for word in _USUAL_WORDS):
        return False  # (every pattern below has one of these words: most sentences have none)
    if USUAL_HOURS_BEFORE.search(text, max(0, m.start_offset - 30), m.start_offset):
        return True
    told = max(_USUAL_HOURS.finditer(text, lo, m.start_offset), default=None, key=lambda u: u.end())
    return told is not None and m.start_offset - told.end() < 120 and not _TURN.search(text, told.end(), m.start_offset)


def _starts_on(doc: Document, d: _Draft) -> bool:
    """Whether the draft is a day told as a start ("starting on the 7th"), with nothing else of its own."""
    return type(d.start) is date and d.end is None and not d.recurrence and (
        d.mention.open_end or bool(_STARTS_ON.search(doc.text, max(d.sentence.start, d.mention.start_offset - 20),
                                                     d.mention.start_offset))
        or bool(_LAUNCHED_ON.search(doc.text, max(d.sentence.start, d.mention.start_offset - 80), d.mention.start_offset)))


def _sentence_after(item: Item, sentence: Sentence) -> Sentence | None:
    i = item.sentences.index(sentence) if sentence in item.sentences else -1
    return item.sentences[i + 1] if 0 <= i < len(item.sentences) - 1 else None


def _recounted(rule: str, start: date, first: date) -> str:
    """A counted rule read from `start`, counted again from `first`: the same last session."""
    last = list(rrulestr(rule, dtstart=datetime.combine(day_of(start), time())))[-1]
    base = re.sub(r";COUNT=\d+", "", rule)
    n = len(rrulestr(base, dtstart=datetime.combine(first, time())).between(datetime.combine(first, time()), last, inc=True))
    return f"{base};COUNT={n}" if n else rule


def _first_session_after(doc: Document, item: Item, inside: list[Mention], drafts: list[_Draft], m: Mention) -> None:
    """"The class meets every other Saturday, six times in total, from 10 a.m. to 12 p.m. ... The first session is
    on March 11": the repetition starts on the day the next sentence gives."""
    series = next((d for d in drafts if d.mention is m and d.recurrence and "COUNT" not in d.recurrence), None)
    sentence = _sentence_of(item, m.start_offset)
    if series is None or sentence is None or sentence not in item.sentences:
        return
    after = item.sentences[item.sentences.index(sentence) + 1:][:1]
    told = next((x for x in inside if after and after[0].start <= x.start_offset < after[0].end and x.grain == "day"
                 and isinstance(x.start, date) and _FIRST_SESSION.search(doc.text, after[0].start, x.start_offset)), None)
    if told is None:
        return
    clock = m.start.time() if isinstance(m.start, datetime) else None
    series.start = datetime.combine(told.start, clock) if clock else told.start
    series.end = datetime.combine(told.start, m.end.time()) if clock and isinstance(m.end, datetime) else None
    if total := _TIMES_IN_TOTAL.search(sentence.text_of(doc.text)):
        series.recurrence += f";COUNT={n}" if (n := number_of(total.group(1))) else ""
    series.inferred.append(f"Repeats {m.text.strip()}, from the first session the article gives.")
    drafts[:] = [x for x in drafts if x.mention is not told]


_FIRST_SESSION = re.compile(r"\b[Ff]irst\s+(?:session|class|meeting|lecture|round)\s+(?:is|will\s+be(?:\s+held)?|takes\s+place)"
                            r"\s+on\s+(?:the\s+)?$")
_TIMES_IN_TOTAL = re.compile(r"\b(\w+)\s+(?:times|sessions)\s+in\s+total\b")


def _notice_days_share_hours(drafts: list[_Draft], text: str) -> None:
    """"▲Date: 1st session 4.22.(Sat), 2nd session 4.29.(Sat), 3rd session 5.13.(Sat) / 10:00~12:00": in a notice's
    field, the hours written after its last day are those of every day it lists."""
    for timed in [d for d in drafts if isinstance(d.start, datetime) and not d.recurrence]:
        if not _FIELD.match(timed.sentence.text_of(text)):
            continue
        for d in drafts:
            if d.sentence is timed.sentence and type(d.start) is date and d.end is None and not d.recurrence \
                    and _service_of(d.title) == _service_of(timed.title) and d.mention.start_offset < timed.mention.start_offset:
                d.start = datetime.combine(d.start, timed.start.time())
                d.end = datetime.combine(d.start.date(), timed.end.time()) if isinstance(timed.end, datetime) else None
                d.inferred.append("Hours written after the last day of the notice's list, as each day's.")


_SHOWTIME = re.compile(r"(?i)\b(?:performances?|shows?|showings?|screenings?)\b[^;]{0,60}\bone\s+at\s+$")


def _showtimes(drafts: list[_Draft], text: str) -> None:
    """"... will be staged on the 28th (Sat). The number of performances remains the same: one at 3 p.m. and one at
    7 p.m.": each hour is a showing of the happening of that day, which they replace."""
    replaced: dict[date, _Draft] = {}  # by day, the happening its showings replaced
    for d in [d for d in drafts if isinstance(d.start, datetime) and d.mention.day_from_context]:
        if not _SHOWTIME.search(text, max(d.sentence.start, d.mention.start_offset - 120), d.mention.start_offset):
            continue
        host = replaced.get(d.start.date()) or next(
            (h for h in reversed(drafts) if h.mention.start_offset < d.mention.start_offset and type(h.start) is date
             and h.start == d.start.date() and h.end is None and h.kind == "event"), None)
        if host is None:
            continue
        d.title, d.location = host.title, d.location or host.location
        d.descriptions[:0] = [x for x in host.descriptions if x not in d.descriptions]
        if host in drafts:
            drafts.remove(host)
            replaced[host.start] = host


def _weekly_lists(drafts: list[_Draft]) -> None:
    """"on the 7th, 14th, 21st and 28th of next month ... All four lectures begin at 7:30 p.m.": four or more days a
    week apart, told in one sentence under one name at one hour, are one weekly series."""
    i = 0
    while i < len(drafts):
        run = [drafts[i]]
        for d in drafts[i + 1:]:
            last = run[-1]
            if d.sentence is not last.sentence or d.title != last.title or d.recurrence or last.recurrence \
                    or type(d.start) is not type(last.start) or d.end is not None or last.end is not None \
                    or isinstance(d.start, datetime) and d.start.time() != last.start.time() \
                    or day_of(d.start) - day_of(last.start) != timedelta(days=7):
                break
            run.append(d)
        if len(run) >= 4:  # (three talks told by day may each be their own: "..., inviting A, B and C in turn")
            run[0].recurrence = f"FREQ=WEEKLY;COUNT={len(run)}"
            run[0].inferred.append(f"Told as {len(run)} days a week apart: one weekly series.")
            drafts[i + 1:i + len(run)] = []
        i += 1


def _rounds_of_series(drafts: list[_Draft], text: str) -> None:
    """"... will operate the 'Health Screening Bus' every Wednesday and Friday from the 20th to August 31. ... On
    Wednesdays it will visit the six dong north of the river, and on Fridays the six south of it": where the series'
    rounds go on some of its weekdays, no series of their own; the hours told with them are the series'."""
    for d in list(drafts):
        if not d.recurrence or d.end is not None and not isinstance(d.end, datetime) or "COUNT" in d.recurrence \
                or "UNTIL" in d.recurrence or not _ROUNDS_LEAD.match(text, d.sentence.start) or d not in drafts:
            continue
        days = set(_days_not_in_complement(d.recurrence))
        series = next((x for x in drafts if x is not d and x.mention.start_offset < d.mention.start_offset and x.recurrence
                       and ("COUNT" in x.recurrence or "UNTIL" in x.recurrence) and days <= set(_days_not_in_complement(x.recurrence))
                       and d.sentence.start - x.sentence.end < _NEAR), None)
        if series is None:
            continue
        rounds = [x for x in drafts if x.sentence is d.sentence and x.recurrence and "COUNT" not in x.recurrence]
        if isinstance(d.start, datetime) and type(series.start) is date:
            series.start = datetime.combine(series.start, d.start.time())
            series.end = datetime.combine(series.start.date(), d.end.time()) if isinstance(d.end, datetime) else None
        told = d.sentence.text_of(text).strip()
        if told not in series.descriptions:
            series.descriptions.append(told)
        drafts[:] = [x for x in drafts if x not in rounds]


_ROUNDS_LEAD = re.compile(r"\s*On\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days\s+(?:it|the\s+\w+)\s+will\s+(?:visit|go|stop|run|serve)\b")


def _days_not_in_complement(recurrence: str) -> list[int]:
    """The weekdays a weekly rule names."""
    days = recurrence.split("BYDAY=")[1].split(";")[0] if "BYDAY=" in recurrence else ""
    return [RRULE_DAYS.index(code[-2:]) for code in days.split(",") if code[-2:] in RRULE_DAYS]


def _occurs_on(rule: rrule, day: date) -> bool:
    after = rule.after(datetime.combine(day, time()), inc=True)
    return after is not None and after.date() == day


def _sessions_of_series(drafts: list[_Draft]) -> None:
    """"... at 7:30 p.m. every Friday in October. The concert begins on October 6 with a tenor, followed by
    gugak on the 13th ...": days of a series told again, all day, are its sessions, not new events."""
    # (a weekly or monthly series only: a day of a festival held daily may have happenings of its own)
    # (not a series told in a call for applications, "recruiting volunteers for its service, which delivers lunchboxes
    # every Tuesday and Thursday": the volunteers' orientation on a Tuesday is no round of it)
    for series in [d for d in drafts if d.recurrence and "DAILY" not in d.recurrence and isinstance(d.start, date)
                   and d.kind != "application"]:
        start = series.start if isinstance(series.start, datetime) else datetime.combine(series.start, time())
        rule = rrulestr(series.recurrence, dtstart=start)
        # (told after it, as its sessions are; with their hours, when the series has none: "... every Wednesday in
        # September. Sessions are held on the 7th, 14th, 21st and 28th from 4 p.m. to 6 p.m.")
        timed = type(series.start) is date
        sessions = [d for d in drafts if d is not series and d.start is not None and not d.recurrence and d.kind == "event"
                    and (type(d.start) is date and d.end is None or timed and isinstance(d.start, datetime))
                    and day_of(d.start) >= start.date() and _occurs_on(rule, day_of(d.start))
                    and d.mention.start_offset > series.mention.start_offset
                    # (nor a happening by a quoted name of its own: "... show what they have made at a 'Dream School
                    # Showcase' at 3 p.m. on Aug. 14", the last day of the 'Dream School')
                    and not (isinstance(d.start, datetime) and d.title != series.title
                             and any(_quoted_title(q) == d.title for q in _QUOTED.finditer(d.descriptions[0])))
                    # (a happening of another name at an hour of a day of it is its own: "a lantern parade ... at 7:30
                    # p.m. on the 22nd (Sat.)", on a Saturday of a weekend train tour)
                    and (_content_words(d.title) & _content_words(series.title) or _IT_OPENS.match(d.descriptions[0])
                         or _SERIES_TOLD_AGAIN.match(d.descriptions[0])
                         # (nor is a named happening opened on one of its days: "The museum will also open the special
                         # exhibition 'Ferry Crossings' on the same day", a Wednesday of its 'Museum Night')
                         or type(d.start) is date and not any(_quoted_title(q) == d.title for q in _QUOTED.finditer(d.descriptions[0])))]
        hours = next((d for d in sessions if isinstance(d.start, datetime)), None)
        if hours is not None and not all((d.start.time(), _clock_of(d.end)) == (hours.start.time(), _clock_of(hours.end))
                                         for d in sessions if isinstance(d.start, datetime)):
            # (the hours told first, for those told with them: a ceremony later on a day of the series is its own)
            sessions = [d for d in sessions if type(d.start) is date or d.sentence is hours.sentence]
        if hours is not None and all((d.start.time(), _clock_of(d.end)) == (hours.start.time(), _clock_of(hours.end))
                                     for d in sessions if isinstance(d.start, datetime)):
            series.start = datetime.combine(series.start, hours.start.time())
            # (a session may end the next morning: "The one-night, two-day program starts at 2 p.m. on Saturday and ends
            # at 11 a.m. on Sunday", whose Sunday, told alone, is no happening either)
            series.end = series.start + (hours.end - hours.start) if isinstance(hours.end, datetime) else None
            sessions += [d for d in drafts if d not in sessions and d.sentence is hours.sentence and type(d.start) is date
                         and d.end is None and isinstance(hours.end, datetime) and d.start == hours.end.date()]
        else:
            sessions = [d for d in sessions if type(d.start) is date]
        for d in sessions:
            drafts.remove(d)
            if d.descriptions[0] not in series.descriptions:
                series.descriptions.append(d.descriptions[0])  # ("a jazz quartet on the 20th": what each session holds)


# a sentence that tells of the series again: "On those days ...", "The first night, on August 4, ...", "The one-night,
# two-day program starts at 2 p.m. on Saturday"
_SERIES_TOLD_AGAIN = re.compile(r"\W*(?:On\s+(?:those|these|each\s+of\s+(?:those|these))\s+(?:days|nights|evenings)\b"
                                r"|(?:The|Its)\s+(?:first|last|final|second|opening)\s+(?:night|day|evening|session|class|lecture"
                                r"|meeting|round)\b|The\s+(?:[\w,-]+\s+){0,3}(?:program|programme|class|course|session|tour|stay)s?\b)")


def _clock_of(end: date | datetime | None) -> time | date | None:
    """What to compare of an end: its hour, or (an end with no hour) the end itself."""
    return end.time() if isinstance(end, datetime) else end


def _join_consecutive_days(drafts: list[_Draft], text: str) -> None:
    """"on the 24th and 25th", "on the 11th (Sat) and 12th (Sun)": one happening over two days running,
    told in one sentence under one name, is one event over both (at the same hours on each); but not two
    days told in clauses of their own ("resumes on Oct. 10, and recyclables will be collected on Oct. 11")."""
    i, days, told_end = 0, 1, 0  # days joined into drafts[i] so far, and where the last of them was told
    while i + 1 < len(drafts):
        a, b = drafts[i], drafts[i + 1]
        first, second = a.start, b.start
        if days == 1:
            told_end = a.mention.end_offset
        same_hours = type(first) is type(second) and (type(first) is date and (days > 1 or a.end is None) and b.end is None
                                                      or isinstance(first, datetime)
                                                      and (first.time(), _clock_of(a.end)) == (second.time(), _clock_of(b.end)))
        if a.sentence is b.sentence and a.title == b.title and (days > 1 or not a.recurrence) and not b.recurrence \
                and same_hours and day_of(second) - day_of(first) == timedelta(days=days) \
                and not _OWN_CLAUSE.search(text, told_end, b.mention.start_offset):
            # ("on the 21st, 22nd and 23rd": the run goes on)
            days, told_end = days + 1, b.mention.end_offset
            if type(first) is date:
                a.end = second
            else:
                a.recurrence = f"FREQ=DAILY;COUNT={days}"
            del drafts[i + 1]
            continue
        i, days = i + 1, 1


_BEFORE_JUST_BEFORE = re.compile(r"\bbefore\s+(?:the\s+)?$", re.IGNORECASE)
_OWN_CLAUSE = re.compile(r"[,;]\s*(?:and|but)\s+(?!on\b|the\s+\d|\d)[a-z]+")
_ALL_GROUPS = re.compile(r"(?i)(?:Once\s+started,\s+)?(?:all|both)\s+(?:(?:two|three|four|five|[2-5])\s+)?(?:(?:age\s+)?groups|of\s+them)\b")


_CHANGE_IN_PARENS_BEFORE = re.compile(r"\(\s*(?:closed|extended|shortened|changed)\b[^()]{0,60}$", re.IGNORECASE)
_NONE_DURING_BEFORE = re.compile(r"\(\s*no\s+[a-z]+(?:\s+[a-z]+)?\s+(?:during|on|from|over)\b[^.;()]{0,60}$", re.IGNORECASE)
_CLOSES_AT_BEFORE = re.compile(r"\b(?:closes|ends|shuts|finishes)\s+(?:early\s+)?at\s+$")
_DOES_NOT_RUN_BEFORE = re.compile(r"\b(?:will|does|do)\s+not\s+(?:run|operate|open|be\s+open)\s+on\s+$")
_DAY_TOLD_JUST_BEFORE = re.compile(r"\d(?:st|nd|rd|th)?\s*(?:\([A-Za-z.]{2,5}\)\s*)?,\s+$")
_NEWLY = re.compile(r"\b(?:newly|\d+)\s+$")
# "Programs including a chalk-art contest and busking stages will run 10:00~17:00": the hours of the day's happening
_PROGRAMS_RUN = re.compile(r"\W*(?:The\s+)?(?:Programs|Programmes|Activities|Events|Performances|Booths)\b[^.;]{0,160}?"
                           r"\b(?:will\s+(?:run|be\s+held|take\s+place|open)|run|are\s+held)\b")
_PARTICIPANTS_DO = re.compile(r"\W*(?:Participants|Visitors|Attendees|Walkers|Runners|Families)\s+(?!can\b|may\b|must\b|should\b)[a-z]+\b")
_PEOPLE_CAN = re.compile(r"\W*(?:Residents|Visitors|Citizens|Applicants|Participants|People|Customers|Drivers|Users|Those)\b"
                         r"[^.;]{0,80}?\b(?:can|may|should|must|are\s+(?:asked|advised|encouraged|urged))\b")
_LEADING_WHEN_WORD = re.compile(r"\W*(?:During|Over|Throughout)\s+(?:the\s+)?")
_DAYS_TOLD_AFTER = re.compile(r"\b(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}|the\s+\d{1,2}(?:st|nd|rd|th))\b")
# (", and installation will be completed by the end of the month": another thing's end too)
_OTHER_SUBJECT = re.compile(r",\s+and\s+(?:(?:the|its|their|each|every)\s+)?[a-z]+(?:\s+[a-z]+)?\s+(?:must|should|has\s+to|have\s+to"
                            r"|will\s+be\s+(?:completed|finished|done))\b")
# ("Both programs run until April 30", "Reservations for both groups close on June 3")
_APPLICATIONS_RUN = re.compile(r"\W*(?:Registration|Applications|Reservations|Sign-ups)\s+(?:is|are|will\s+be|runs?|continues?)\b")
_BOTH_STARTS = re.compile(r"(?i)(?:[a-z]+\s+for\s+)?both\s+(?:programs|programmes|services|campaigns|groups|of\s+them)\b")
_CLOSING_DATE_OPENS = re.compile(r"\s*(?:The|Its)\s+(?:closing|end)\s+date\b")


def _ends_as_told(drafts: list[_Draft], d: _Draft, text: str) -> bool:
    """"... from the 28th to Aug. 14 ... the program will end a day early on Aug. 14": the last day of a happening told
    before, told again as its end, is no happening of its own."""
    if type(d.start) is not date or d.end is not None or d.recurrence \
            or not _ENDS_ON_BEFORE.search(text, max(0, d.mention.start_offset - 50), d.mention.start_offset):
        return False
    told = next((x for x in reversed(drafts) if x.end is not None and day_of(x.end) == d.start
                 or x.recurrence and "COUNT" in x.recurrence and _last_day_of(x) == d.start), None)
    if told is not None:
        told.descriptions.extend(x for x in d.descriptions if x not in told.descriptions)
    return told is not None


_ENDS_ON_BEFORE = re.compile(r"\bwill\s+(?:end|close|finish|wrap\s+up)\s+(?:(?:a|one|two|three|\d)\s+(?:days?|weeks?)\s+)?"
                             r"(?:early|earlier)\s+on\s+(?:the\s+)?$")


def _opened_before_closing(drafts: list[_Draft], m: Mention, text: str) -> None:
    """"... the '2025 Vellmoor Stream Ice Festival' will close on the 9th (Sun), a week earlier ... The festival opened on
    Jan. 10 and has been running ...": the happening whose closing day was told runs from the day it opened."""
    opened = _OPENED_ON_BEFORE.search(text, max(0, m.start_offset - 40), m.start_offset)
    if opened is None or type(m.start) is not date or m.end is not None:
        return
    closing = next((d for d in reversed(drafts) if d.title.endswith(" closed") and d.end is None and type(d.start) is date
                    and m.start < d.start and opened.group(1).lower() in d.title.lower()), None)
    if closing is not None:
        closing.title = closing.title.removesuffix(" closed")
        closing.start, closing.end = m.start, closing.start
        closing.inferred.append(f"Opened on {m.start.isoformat()}, as the article says; its closing day ends it.")


_OPENED_ON_BEFORE = re.compile(r"\b(?:The|the)\s+([a-z]+)\s+(?:first\s+)?opened\s+on\s+(?:the\s+)?$")
_MEASURE_WORDS = frozenset(["measure", "measures", "ban", "restriction", "restrictions", "rule", "rules", "change", "changes"])


def _run_until(drafts: list[_Draft], sentence: Sentence, m: Mention, text: str) -> bool:
    """"will open a shelter on the 15th, which will operate until February 28", "the exhibition, which
    opened on the 20th, runs until November 30": the end of the day-long happening its sentence told;
    or, in a sentence that goes on about it ("The festival will continue until the 29th", "It will
    operate until August 22"), of the happening told just before."""
    stext = sentence.text_of(text)
    host = drafts[-1] if drafts and drafts[-1].sentence is sentence else None
    other = host is not None and _OTHER_SUBJECT.search(text, host.mention.end_offset, m.start_offset)
    if other:
        host = None  # "... will be announced on Oct. 31, and the trip must be completed by Feb. 27": another thing's end
    if host is None and not other and drafts and (_GOES_ON.search(stext) and (
            _IT_OPENS.match(stext) or _content_words(drafts[-1].title) & _content_words(stext[:60])
            # ("... launched a book donation campaign, 'Sharing Books', the same day. The campaign runs until July 15")
            or (the := _DEMONSTRATIVE.match(stext) or _LEAD_THEN_THE.match(stext)) and the.group(1) not in ("district", "city", "county")
            and (re.search(rf"\b{the.group(1)}\b", drafts[-1].descriptions[0])
                 # ("Starting Jan. 2 (Tue.) next year, parking will be banned ... The measure will run until Feb. 29.")
                 or the.group(1) in _MEASURE_WORDS and stext.strip() != drafts[-1].descriptions[0]
                 and drafts[-1].sentence.end <= sentence.start and "\n" not in text[drafts[-1].sentence.end:sentence.start]))
            or _CLOSING_DATE_OPENS.match(stext)):  # ("... will instead open on January 4. The closing date of January 26 ...")
        host = drafts[-1]
    if host is not None and host.sentence is not sentence and (subject := _RUNS_SUBJECT.match(stext)) \
            and (words := _content_words(subject.group(1))) and not words & _content_words(host.title):
        # "The mobile stamp tour, which began with the opening, runs until Oct. 31": another happening than the opening
        # told before, from its day when it began with it
        if not _BEGAN_WITH.match(stext, subject.end()):
            return False
        own = replace(host, mention=m, sentence=sentence, title=_tidy(subject.group(1)).capitalize(),
                      descriptions=[stext.strip()], end=None, recurrence=None,
                      inferred=[*host.inferred, f"Began with the happening told before, on {day_of(host.start).isoformat()}."])
        own.start = day_of(host.start)
        drafts.append(own)
        host = own
    hosts = [host]
    told = [d for d in drafts if d.sentence is drafts[-1].sentence] if drafts and (host is None or host is drafts[-1]
                                                                                   and host.sentence is not sentence) else []
    groups = [d for d in drafts if _service_of(d.title) == _service_of(told[-1].title) and d.end is None
              and type(d.start) is date] if told and _ALL_GROUPS.match(stext) else []
    if len(groups) > 1:
        # "Children ... can get the shot starting on the 22nd. Those aged 75 or older ... from October 15 ... All groups
        # can be vaccinated until April 30": every group of the service told before, not only the last sentence's
        hosts = groups
    elif len(told) == 2 and _BOTH_STARTS.match(stext) and all(d.end is None and type(d.start) is date for d in told):
        # "... flu vaccination for children began on the 13th, and free shots for those aged 65 or older will start
        # on Oct. 12. Both programs run until April 30 next year": the two starts told just before
        hosts = told
    elif len(told) > 1 and all(d.mention.open_end and type(d.start) is date for d in told) \
            and (still_open := [d for d in told if d.end is None]):
        # "... can be vaccinated from the 12th, those aged 70 to 74 from the 17th, and ... from the 20th. Once
        # started, each group can get the shot until April 30": the starts told just before all run until then
        # (but "Seniors can receive the shot until Dec. 31, while children and pregnant women can get it until April 30
        # next year": each end, the groups its clause names)
        clause = _content_words(_HOURS_CLAUSES.split(stext[:m.start_offset - sentence.start])[-1])
        hosts = [d for d in still_open if clause & _content_words(d.title.rpartition(": ")[2])] or still_open
    ended = [_end_at(host, sentence, m, stext) for host in hosts]  # (each host, not only up to the first)
    return any(ended)


def _started_before_told(item: Item, d: _Draft, m: Mention, sentence: Sentence, text: str) -> None:
    """"... is accepting applications until the end of next month. Applications began on the 26th": a start
    told in the sentence after an end that held nothing runs until that end."""
    i = item.sentences.index(d.sentence) if d.sentence in item.sentences else -1
    generic = _THE_HAPPENING_SUBJECT.match(text, d.sentence.start)  # "The event, which began on the 10th, ..."
    # (of the same thing: not "... can ask to be left out by the 9th. The mosquito season, which began on May 1, ...")
    if not (i > 0 and item.sentences[i - 1] is sentence and d.mention.open_end is False
            and _OPENED_BEFORE.search(text, max(d.sentence.start, d.mention.start_offset - 40), d.mention.start_offset)
            and (_content_words(sentence.text_of(text)) & _content_words(d.sentence.text_of(text)) or generic)):
        return
    # ("... the 'Big Sale' is under way ... until the 19th. The event, which began on the 10th, ...": the sale)
    if _end_at(d, sentence, m, sentence.text_of(text)) and generic and (named := _quotes_in(text, item, sentence.start, sentence.end)):
        d.title = _quoted_title(named[0])


_CEREMONY_FOR = re.compile(r"\b((?:opening|reopening|completion|groundbreaking|dedication|launch)\s+ceremony)\s+(?:for|of)\s+"
                           r"(?:the\s+)?(?=[‘'“\"])", re.IGNORECASE)
_IN_PARENTHESES = re.compile(r"\([^()]*$")
_THE_HAPPENING_SUBJECT = re.compile(r"\s*(?:The|This)\s+(?:event|sale|festival|campaign|program|programme|fair|exhibition)\b")


def _end_at(host: _Draft | None, sentence: Sentence, m: Mention, stext: str) -> bool:
    """Make the day (or hour) that `m` reads the end of `host`, when it can end it; whether it did."""
    end = m.end or m.start  # ("until X" is read as X, its end open towards the past)
    if m.grain == "month" and isinstance(m.start, date) and (_END_OF.search(m.text) or m.end is None):
        # "until the end of this month", "until March next year": to its last day
        end = m.start.replace(day=calendar.monthrange(m.start.year, m.start.month)[1])
    if isinstance(end, datetime) and host is not None and type(host.start) is date:
        end = end.date()  # "Applications, which opened on the 21st, ... until 6 p.m. on the 31st": all day to the 31st
    # (a day ends a happening told by its days; an hour, one told by its hours: "The ceremony will continue until
    # 12:30 a.m. on January 1")
    if host is not None and _open_ended(host.recurrence) and isinstance(host.start, datetime) and type(end) is date \
            and isinstance(host.end, datetime) and host.end.date() == host.start.date() and end > host.start.date():
        # "Since July 23, the pool has been open from 6 a.m. to 10 p.m. daily, ... and the extended hours will continue
        # until the 28th": its last day (counted, the end staying that of the first day's hours)
        days = rrulestr(host.recurrence, dtstart=host.start).between(host.start, datetime.combine(end, time(23, 59)), inc=True)
        if not days:
            return False
        host.recurrence = f"{host.recurrence};COUNT={len(days)}"
        host.inferred.append(f"Runs until {end.isoformat()}, as the article says (“{m.text}”).")
        return True
    if (host is None or host.end is not None or host.recurrence or type(host.start) is not type(end)
            or not isinstance(end, date) or end <= host.start):
        return False
    host.end = end
    if host.sentence is not sentence:
        host.location = host.location or _location(stext)  # "The festival will continue until the 29th at X Park."
    host.inferred.append(f"Runs until {end.isoformat()}, as the article says (“{m.text}”).")
    return True


def _sentence_of(item: Item, offset: int) -> Sentence | None:
    i = bisect.bisect_right(item.sentence_starts, offset) - 1
    return item.sentences[i] if i >= 0 and offset < item.sentences[i].end else None


_HOURS_ADJUSTED_OVER_BEFORE = re.compile(r"\b(?:adjust|change|modify)\w*\s+(?:its\s+|their\s+)?(?:operating\s+|opening\s+|business\s+)?"
                                         r"hours\s+(?:over|during|for)\s+(?:the\s+)?$")
_OPEN_THROUGH_BEFORE = re.compile(r"\b(?:open|operat(?:es?|ing)|runs?|running)\s+(?:throughout|even\s+(?:during|over|on))\s+(?:the\s+)?$")
_HOLIDAY_WHICH_RUNS = re.compile(r"\bholidays?(?:\s*\([^()]*\))?,\s+which\s+(?:runs?|lasts?|spans?)\b[^.;]{0,40}?\bfrom\s+(?:the\s+)?$")
_CANCELLED_WHICH = re.compile(r"\b(?:cancel+ed|called\s+off|scrapped)\b[^.;]{0,100}?,\s+which\s+(?:had\s+been|was|were)\s+"
                              r"(?:originally\s+)?(?:scheduled|planned|set|due)\s+(?:for|from|on|between)\s+(?:the\s+)?$")
_NO_WORK = re.compile(r"\s*No\s+(?:work|construction|repairs?)\s+will\s+be\s+(?:done|carried\s+out|conducted)\b")


# ("exceeded 400 for the first time on the 8th", "The city reported 27 new cases on the 10th", "the ice measured 9 cm
# on average in a survey on the 2nd")
_STATISTIC_BEFORE = re.compile(r"\b(?:exceeded|topped|surpassed|measured|averaged|stood\s+at|reached|(?:reported|confirmed|recorded)(?=\s+[\d,.]+\s+(?:new\s+)?"
                               r"(?:cases|infections|deaths|patients)\b))\s+[\d,.]+\b[^.;]{0,40}?\s+on\s+(?:the\s+)?"
                               r"(?:(?:morning|afternoon|evening|night)\s+of\s+(?:the\s+)?)?$")  # ("reached 418㎍/㎥ on the morning of the 20th")
_WARNING_LIFTED_BEFORE = re.compile(r"\b(?:warnings?|advisor(?:y|ies)|alerts?)\b[^.;]{0,40}?\b(?:was|were|has\s+been|had\s+been)\s+"
                                    r"(?:lifted|issued|raised|downgraded)\s+on\s+(?:the\s+)?$")
_NOT_SINCE_BEFORE = re.compile(r"\b(?:has|have|had)\s+not\s+[^.;]{0,80}?\bsince\s+(?:the\s+)?$")
_MUST_BY_BEFORE = re.compile(r"\b(?:must|should|have\s+to|has\s+to)\s+(?:\w+\s+){1,4}by\s+$")
_MUST = re.compile(r"\bmust\b")
_FORMER_DATE_BEFORE = re.compile(r"\b(?:planned|original|initial|scheduled)\s+(?:closing|end|ending|opening|start|starting)\s+"
                                 r"(?:date|day)\s+(?:of\s+|was\s+)?(?:the\s+)?$")
_PURPOSE_BEFORE = re.compile(r"\bso\s+(?:that\s+)?(?:residents|people|citizens|visitors|families|patients)\s+(?:can|could|may)\b[^.;]{0,120}$")
_ON_RAINY_DAYS = re.compile(r"\b(?:on\s+rainy\s+days|in\s+case\s+of\s+rain|if\s+it\s+rains|when\s+it\s+rains)\b", re.IGNORECASE)
_FORMER_DATE_AFTER = re.compile(r"\s*(?:closing|opening|end|ending|start|date)\s+(?:date\s+)?(?:originally|initially|first|previously)\s+"
                                r"(?:planned|scheduled)\b")
_SUSPENDED_SINCE_BEFORE = re.compile(r"\b(?:has|have)\s+been\s+suspended\s+since\s+(?:the\s+)?$")
# ("designated Dec. 30 (Mon.) and 31 (Tue.) as ...", the list's first days cut before it is looked for)
_DESIGNATED_BEFORE = re.compile(r"\bdesignated\s+(?:[A-Z][a-z]{2,8}\.?\s+)?$")
_BECAUSE_OF_BEFORE = re.compile(r"\bbecause\s+of\b[^.;]{0,80}$")
_WHO_DID_ON = re.compile(r"\bwho\s+(?:took|sat|passed|graduated|finished|completed|attended|joined|received|won|ran)\b"
                         r"[^,;()]{0,80}?\s+(?:on|in)\s+(?:the\s+)?$")


def _is_background(m: Mention, sentence_text: str, rel: int, anchor: date) -> bool:
    # (a weekly or monthly repetition with no end, "on the last Friday of every month", is an event on each)
    rule = m.recurrence or ""
    # (not "on weekdays", nor "Hours are ... 10 a.m. to 5 p.m. on weekends": opening hours; but "On weekends,
    # kite-flying programs will be held from 1 p.m. to 3 p.m.")
    weekends = "weekend" in m.text.lower() and isinstance(m.start, datetime) and not _HOURS.search(sentence_text)
    standing = m.grain == "repeat" and "BYDAY" in rule and (rule.startswith("FREQ=MONTHLY") or rule.startswith(
        "FREQ=WEEKLY") and (m.rule.startswith("every") or "every" in m.text.lower() or weekends) and rule.count(",") <= 1)
    # ("Classes begin the week of March 13": that week's Monday, the start the article gives)
    week_start = m.grain == "week" and m.rule == "week of" and _BEGIN_THE_WEEK.search(sentence_text, max(0, rel - 40), rel)
    # ("free shingles vaccinations ... during the month of November": every day of it)
    whole_month = m.grain == "month" and _WHOLE_MONTH_BEFORE.search(sentence_text, max(0, rel - 40), rel)
    if m.grain not in ("day", "time") and not standing and not week_start and not whole_month \
            or isinstance(m.start, time) \
            or (m.start is None and m.end is None):
        return True
    if m.day_from_context and _FORMER_HOURS_BEFORE.search(sentence_text, max(0, rel - 40), rel):
        return True  # "The reading rooms, which used to close at 6 p.m., will now ...": hours no more
    if _NO_WORK.match(sentence_text):
        return True  # "No work will be done over the Chuseok holiday": days a work told before pauses, no happening
    if EXCEPT_BEFORE.search(sentence_text, max(0, rel - 20), rel):
        return True  # "Hours are 10 a.m. to 7 p.m., except on the final day, when ...": a day of the hours told, no event
    if m.day_from_context and _HOURS.search(sentence_text) and not _RESTRICTED.search(sentence_text) \
            and not (m.rule.endswith(" of a span") and not _HOURS.search(_clause_of(sentence_text, rel))):
        # (but "lit from 6 p.m. to 11 p.m. every day, and the lighting ceremony will begin at 5:30 p.m. on the opening
        # day": a happening of its own clause)
        return True  # opening hours of something told before: they join that event (see _join_hours)
    if m.day_from_context and m.rule == "clock time" and (sentence_text.endswith(("after ", "instead of "), 0, rel)
                                                           or _INSTEAD_OF.match(sentence_text, rel + len(m.text))):
        return True  # "felt unsafe walking home after 11 p.m.": a time of day, at which nothing starts; "the last bus
        # will depart at 8:20 p.m. instead of 7:40 p.m.": a timetable changed, no happening
    last = m.end or m.start
    last_day = day_of(last) if isinstance(last, date) else last
    if isinstance(last_day, date) and last_day < anchor - _BACKGROUND_AFTER and not (
            _OPENED_BEFORE.search(sentence_text, max(0, rel - 64), rel) and _GOES_ON_UNTIL.search(sentence_text, rel)
            or _ENDED_BEFORE.search(sentence_text, max(0, rel - 40), rel) and _OPENED_EARLIER.search(sentence_text, 0, rel)):
        return True  # (but "the rink, which opened on December 24 last year, ... until the 20th" is still on, and
        # "which opened on July 18 ... and ended on the 29th of last month" keeps its end)
    # "On the 28th, the city announced ...", "said on the 10th that": the news, not a date to attend
    after = sentence_text[rel + len(m.text):]
    # (the cues that end where the date begins are looked for in the words just before it: a search of a
    # whole sentence for a pattern anchored at its end tries every position)
    just_before = sentence_text[max(0, rel - 160):rel]
    # ("the rain that struck on the 8th and 9th", "will not be collected on the 14th, 16th and 17th": a day listed
    # after another is read as the first of the list)
    if just_before.endswith(("and ", ", ", "and on ")):
        just_before = _LIST_HEAD.sub("", just_before)
        # ("originally planned for Children's Day, the 5th": the day that names it, told again)
        just_before = _NAMED_DAY_APPOSED.sub("", just_before)
    # (but days a place is closed or a service stops, "will be closed from the 25th to the 30th", are a period to know)
    period = m.end is not None and day_of(m.end) != day_of(m.start)
    # ("residents must not put out any garbage on Dec. 24 (Sat.) ~ 25 (Sun.)": days without collection, to know)
    no_pickup = "put" in just_before and _MUST_NOT_PUT_OUT.search(just_before) is not None
    if _CANCELED.search(after) or ("put" in just_before or "normal" in just_before) and not no_pickup \
            and _NO_SERVICE_BEFORE.search(just_before) or not period and (shut := _NOT_HELD_BEFORE.search(just_before)) and not (
            "closed" in shut.group().lower() and _APPLICATION.search(just_before, max(0, shut.start() - 60), shut.start())
            or _SERVICE_STOPS.search(shut.group())):  # (a day without waste collection is one to know, like a closure)
        return True  # "The marathon, which was scheduled for the 7th, has been canceled", "will not be held on the 13th"
        # (but "Applications began on the 18th and will be closed on the 26th" ends them)
    # (the patterns that end where the date begins are tried only where their key word occurs)
    if _IF_WEATHER.match(sentence_text) or ("not" in just_before or "n't" in just_before) and not no_pickup \
            and _MUST_NOT.search(just_before) \
            or (" a day" in just_before or " a year" in just_before) and _TIMES_A_DAY.search(just_before) \
            or "year" in just_before and _LAST_YEARS.search(just_before) or _LAST_YEAR_OPENS.match(sentence_text) and not _BUT_NOW.search(sentence_text, 0, rel) \
            or m.text.startswith("that day") and just_before.endswith("for ") \
            or m.day_from_context and _ON_CONDITION.match(sentence_text):  # ("On days when a warning is in effect, ...")
        return True  # "If it rains, the work will be postponed to the following day", "should not eat after 9 p.m."
    if "(" in just_before and (_NONE_DURING_BEFORE.search(just_before) or _CHANGE_IN_PARENS_BEFORE.search(just_before)):
        # "(no applications during the Seollal holidays from the 23rd to 24th)", "(closed on Dec. 25 and Jan. 1)": days a
        # period skips; "9:00~18:00 daily (extended to 19:00 from July 19 to Aug. 10)": other hours on some of its days
        return True
    if m.rule == "clock time" and "at" in just_before and _CLOSES_AT_BEFORE.search(just_before):
        return True  # "The market closes at 10 p.m. in line with the restriction": when it ends, no happening
    if m.grain == "repeat" and "not" in just_before and _DOES_NOT_RUN_BEFORE.search(just_before):
        return True  # "... and will not run on Mondays": the days a service skips
    if (m.recurrence or "").startswith("FREQ=MONTHLY") and _DAY_TOLD_JUST_BEFORE.search(sentence_text, max(0, rel - 20), rel):
        return True  # "at 7:30 p.m. on the 26th (Wed.), the last Wednesday of the month": that day, told again
    if ("planned" in after[:60] or "scheduled" in after[:60]) and _FORMER_DATE_AFTER.match(after):
        return True  # "will stay open daily until Aug. 17 (Sun.), a week longer than the Aug. 10 closing originally planned"
    if "date" in just_before and _FORMER_DATE_BEFORE.search(just_before):
        return True  # "will close on the 9th (Sun), a week earlier than the planned closing date of the 16th": a plan no more
    if "suspended" in just_before and _SUSPENDED_SINCE_BEFORE.search(just_before):
        return True  # "Ice fishing has been suspended since the 4th, but the sledding hill ... will stay open": a part, stopped
    if m.day_from_context and m.end is None and just_before.endswith(" by ") and _MUST_BY_BEFORE.search(just_before):
        return True  # "... may leave quarantine to vote after 8 p.m., and must finish voting by 8:30 p.m.": a rule's hour
    if m.text.lower() == "that day" and _WHO_COME_BEFORE.search(just_before):
        return True  # "the first 200 children to visit that day will receive an eco-bag": who, not a happening
    if m.grain == "repeat" and just_before.endswith(("(until ", "(till ")):
        return True  # "open from 9 a.m. to 6 p.m. Tuesday through Sunday (until 8 p.m. on Fridays)": a later closing
    if m.grain == "time" and "day" in m.implied and " would " in just_before and _WOULD_BEFORE.search(just_before):
        return True  # "'Midnight Study Bus', which would run a late-night shuttle between 11 p.m. and 1 a.m.": a proposal
    if m.rule in ("clock time", "the day before") and just_before.endswith(" by ") and not isinstance(m.end, datetime):
        # "Residents who wish to take part can simply come to the main gate by 7:50 a.m.": when to arrive; "members reserve
        # books ... by 6 p.m. the day before": before each of the days told
        return True
    if "warning" in just_before and _WARNING_LIFTED_BEFORE.search(just_before):
        return True  # "The last heat-wave warning for the area was lifted on the 25th": the weather's day
    if m.rule == "relative day" and after.startswith(("'s ", "’s ")):
        return True  # "turned into today's apartment complexes": the present day, no happening
    if "not" in just_before and _NOT_SINCE_BEFORE.search(just_before):
        return True  # "The district has not swept up fallen ginkgo leaves along the course since the 20th": nothing done
    if " on " in just_before[-30:] and _STATISTIC_BEFORE.search(just_before):  # (it ends "on (the) (morning of the) ")
        return True  # "as daily confirmed cases in the district exceeded 400 for the first time on the 8th": a figure's day
    if "designated" in just_before and _DESIGNATED_BEFORE.search(just_before):
        return True  # "..., as it has designated Dec. 30 (Mon.) and 31 (Tue.) as 'joint annual leave days'": what days are
    if m.rule.startswith(("following", "next")) and _ON_RAINY_DAYS.search(sentence_text):
        return True  # "Fogging will be suspended on rainy days and made up on the following Saturday": a day that may come
    if m.rule.startswith("holiday") and " so " in just_before and _PURPOSE_BEFORE.search(just_before):
        return True  # "will operate a hotline so residents can find open hospitals ... during the Seollal holiday": why
    if just_before.endswith((" because the ", " because ")):
        return True  # "... will end a day early on Aug. 14 because the 15th is Liberation Day": why, not a happening
    if (m.rule == "same day" or m.rule.startswith("holiday")) and "because" in just_before and _BECAUSE_OF_BEFORE.search(just_before):
        # "... was moved because of a book fair at the library that day", "moved ... because of the Chuseok and National
        # Foundation Day holidays": why, not a happening of ours
        return True
    if m.rule == "same day" and type(m.start) is date and _PEOPLE_CAN.match(sentence_text):
        return True  # "... will be suspended on May 1. Residents can use the neighboring centers that day": what to do then
    if m.rule == "the day before" and _SENT_OUT_BEFORE.search(just_before):
        return True  # "registrants will receive a Zoom link ... the day before": a notice, not a happening
    if _BOOKED_FOR.search(just_before, max(0, len(just_before) - 30)) and _CHANGED_AFTER.search(after):
        return True  # "Bulky waste pickups booked for the 10th will be made on the 12th instead": the day it no longer is
    if _WAS_DUE.search(just_before) and (_CHANGED_AFTER.search(after) or _BUT_AFTER.match(after)):
        return True  # "The exhibition was due to close on the 15th, but ... it will now run until the 29th"
    if ("as usual" in after or "as normal" in after) and _AS_USUAL_AFTER.match(after):
        return True  # "Collection on the 3rd (Mon) will go ahead as usual": nothing changes that day
    if "who" in just_before and _WHO_DID_ON.search(just_before):
        return True  # "for 4,100 high school seniors who took the College Scholastic Ability Test on the 17th": who they are
    if _FALLS_ON.match(after) or _IS_A_HOLIDAY.match(after):
        return True  # "as the 31st falls on a Sunday this year", "the 6th, is a substitute holiday": facts about days
    if "season" in just_before and _SEASON_ENDS_BEFORE.search(just_before):
        return True  # "open every night ... through the end of February, closing for the season at 9 a.m. on March 1": its end
    if _USUALLY_BEFORE.search(just_before, max(0, len(just_before) - 60)):
        return True  # "Household waste ... is normally put out from Sunday to Friday evenings": the usual week, no happening
    if (m.end is None or m.rule.startswith("holiday")) and "including" in just_before \
            and _INCLUDING_DAY_BEFORE.search(just_before) and _SPAN_TOLD.search(sentence_text, 0, rel):
        # "from the 18th to Jan. 5 next year, ... around the clock, including on Christmas Day": in that span ("open daily
        # ..., including weekends and the Lunar New Year holidays": alike)
        return True
    if "which" in just_before and WHICH_OPENS_AT.search(just_before):
        return True  # "check in at the reception desk at the gymnasium entrance, which opens at 12:30 p.m.": its hours
    if m.grain in ("repeat", "time") and _kept_before(sentence_text, rel):
        return True
    if "expect" in just_before and _EXPECTED_CLAUSE.search(just_before):
        return True  # "The city expects outbound traffic to peak on Oct. 4 and return traffic on Oct. 7": a forecast
    if sentence_text.startswith(("According to", "according to")) and "," not in sentence_text[:rel]:
        return True  # "According to the district's price survey of 12 stores on the 1st, ...": where a figure comes from
    if _NO_SESSION.match(sentence_text):
        return True  # "There is no class on February 11, during the Seollal holiday": a day the series skips
    if "charge" in just_before and _SURCHARGE_BEFORE.search(just_before):
        return True  # "A 3% late-payment surcharge is added from the following day": what a late payer owes, no happening
    if "until" in just_before and _STAYS_UNTIL_BEFORE.search(just_before, max(0, len(just_before) - 60)):
        return True  # "the lights will stay on until 1 a.m. on Christmas Eve and New Year's Eve": longer hours, no happening
    if _OPEN_LATER_ON.match(sentence_text):
        return True  # "On Christmas Eve and New Year's Eve the promenade stays lit until 1 a.m.": longer hours, no happening
    if _HOURS_EXTENDED_TO.search(m.text):
        return True  # "Starting on the 20th, the office will extend its hours to 8 p.m. every Wednesday": a closing hour
    near_end = max(0, len(just_before) - 70)  # (the short patterns end where the date begins: no need to try further back)
    if _NO_HAPPENING_BEFORE.search(just_before, near_end) or _DAY_NAMED_BEFORE.search(just_before, near_end):
        return True  # "open normally again from October 1", "is normally the 30th", "excluding the 30th"
    # (the two patterns that reach far back are tried only where their first word occurs)
    if _WEATHER_WORD.search(just_before) and _WEATHER_BEFORE.search(just_before):
        return True  # what weather and disasters did: "the torrential rain that struck the area on the 8th and 9th"
    if ("around" in just_before or "about" in just_before) and _FORECAST_BEFORE.search(just_before):
        return True  # "a forecaster predicted that the trees would reach full bloom around April 4": a guess, no happening
    if "which" in just_before and _CANCELED_WHICH_BEFORE.search(just_before):
        return True  # "decided to cancel the sunrise festival, which was to be held at the summit on January 1"
    if "ahead" in just_before and _AHEAD_OF_NAMED_ON.search(just_before):
        return True
    if _NEWS_BEFORE.search(just_before) or ("which" in just_before or "that" in just_before) and _WAS_SCHEDULED.search(just_before) \
            and _CHANGED_AFTER.search(after):
        return True  # "originally scheduled for the 7th, has been postponed", "announced by X on the 22nd", "as of the 28th"
    if m.rule.startswith("holiday") and _LEADING_WHEN_WORD.fullmatch(just_before) and _DAYS_TOLD_AFTER.search(after):
        return True  # "During the Chuseok holidays, the center will keep its hotline open from Oct. 3 to 9": those days
    if m.rule.startswith("holiday") and _HOURS_ADJUSTED_OVER_BEFORE.search(just_before):
        return True  # "will adjust its hours over the Chuseok holiday. ... will close from the 19th to the 21st": told next
    if m.rule.startswith("holiday") and _OPEN_THROUGH_BEFORE.search(just_before):
        return True  # "Feb. 9 (Fri.) ~ 18 (Sun.), 9:00~17:00 daily, open throughout the Lunar New Year holidays": no closing
    if "which" in just_before and _CANCELLED_WHICH.search(just_before):
        return True  # "has cancelled the '15th Rose Festival', which had been scheduled from the 21st to the 30th": no more
    if "which" in just_before and _HOLIDAY_WHICH_RUNS.search(just_before):
        return True  # "during the Seollal holiday, which runs four days from Feb. 9 to 12": the holiday's own days
    if (m.rule.startswith("holiday") or just_before.endswith("(")) and _RELATIVE_TO_BEFORE.search(_NAMED_BEFORE_PAREN.sub("", just_before)) \
            or m.rule.startswith("holiday") and m.grain != "time" and not _HOLIDAY_AS_DATE.search(just_before):
        # "ahead of the Chuseok holidays", "Children's Day, first proclaimed in 1922": not the days of an event (nor the
        # holiday's days told after it: "ahead of the Chuseok holiday (Oct. 5~8)")
        return True
    # (not the attribution that ends a sentence: "... has been pushed back to Oct. 31 ~ Nov. 2, the city said.")
    announced = _ANNOUNCEMENT.match(after) and not _SAID_AT_THE_END.match(after) or _ANNOUNCED_ON.search(just_before)
    return bool(announced) and not _APPLICATION.search(sentence_text[:rel])


# a clause of its own after the date's, whose subject opens the phrase ("..., and 2,000 water guns will be handed out")
# or comes before its verb ("..., and each school recruits about 20 children"; but not "..., and held a forum")
_NEXT_CLAUSE = re.compile(r"(?:and|but|while)\s")
_HELD_BACK = re.compile(r"\s+will\s+be\s+(?:temporarily\s+)?(?P<verb>restricted|controlled|banned|prohibited|suspended)\b")
_BANNED = re.compile(r"(?P<what>[^,;]{3,60}?)\s+will\s+be\s+(?:temporarily\s+)?(?P<verb>banned|prohibited|suspended)\b")
# ("All 16 public parking lots in the district will be free during the holiday")
_MADE_FREE = re.compile(r"(?P<what>[^,;]{3,60}?)(?:\s+in\s+the\s+(?:district|city|county))?\s+will\s+(?:also\s+)?be\s+free"
                        r"(?:\s+of\s+charge)?\b(?!\s+to\b)")
_NEW_CLAUSE = re.compile(r"(?:,\s+(?:and|but|while|because|as|since)|;)\s+\S|,\s+[a-z]+ing\s[^,;]*$")  # (or ", covering ... and managing screen time")
# (an hour it closes at, after the nights told: not "will close for the season on the 27th", the end of a run told since)
_SEASON_ENDS_BEFORE = re.compile(r",\s+(?:closing|ending)\s+(?:for\s+)?the\s+season\s+at\b[^.;,]{0,30}$")
_USUALLY_BEFORE = re.compile(r"\b(?:normally|usually|ordinarily|typically)\b[^.;,]{0,40}$")
_INCLUDING_DAY_BEFORE = re.compile(r"\bincluding\s+(?:on\s+)?(?:(?:weekends|holidays|public\s+holidays)\s+and\s+)?(?:the\s+)?"
                                   r"(?-i:(?:[A-Z][\w'’]*\s+)+(?:and|or)\s+(?:on\s+)?(?:the\s+)?)?$", re.IGNORECASE)
_SPAN_TOLD = re.compile(r"\b(?:from|until|through|daily|every)\b", re.IGNORECASE)
_USUAL_HOURS_LEAD = re.compile(USUAL_HOURS + r"[^,;]*$", re.IGNORECASE)  # (to the date, in one clause)
_CLOSED_JUST_BEFORE = re.compile(r"\b(?:will\s+be|is|are)\s+(?:temporarily\s+)?closed\s+(?:from|on|between|until|through)\s+(?:the\s+)?$")
_PLACES_VISITED = re.compile(r"visits?\s+(?:\d+\s+)?[a-z][a-z -]*s\b(?!\s+of\b)")  # (no article, plural: places)
_FORMERLY = re.compile(r"\W*(?:Until\s+now|Previously|Formerly|In\s+the\s+past)\b")
_SO_FAR_BEFORE = re.compile(r"\b(?:has|have)\s+so\s+far\b[^.;]{0,40}$")


def _kept_before(sentence_text: str, rel: int) -> bool:
    """Hours a place kept until now, which the sentence goes on to change: "Until now the market opened on weekdays
    only, 9:00~18:00", "The center, which has so far opened only on weekdays from 9 a.m. to 6 p.m., will ..."."""
    return bool(_FORMERLY.match(sentence_text) or _SO_FAR_BEFORE.search(sentence_text, max(0, rel - 60), rel))


_HIGHLIGHT_NAMED = re.compile(r"(?i:the\s+)?(?i:highlight|main\s+event|centerpiece|climax|finale)\s*,\s*(?i:the\s+)?(?P<name>[^,]{3,80}?)\s*,?$")
def _not_hours_of_anything(text: str, at: int) -> bool:
    """Hours told at `at` of a proposal or of advice (the patterns are tried only where their words are)."""
    before = text[max(0, at - 120):at]
    return (" would " in before and _WOULD_BEFORE.search(before) is not None
            or any(word in before for word in ("advis", "urge", "ask", "recommend")) and _ADVISED_BEFORE.search(before) is not None)


_WHO_COME_BEFORE = re.compile(r"\b(?:to|who)\s+(?:visit|visits|come|comes|arrive|arrives|attend|attends|enter|enters)\s+(?:on\s+)?$")
_ADVISED_BEFORE = re.compile(r"\b(?:advised|advises|urged|urges|asked|asks|recommended|recommends)\s+(?:\w+\s+){0,3}?to\s+"
                             r"(?:avoid|refrain|stay|limit|keep)\b[^.;]{0,80}$")
_WOULD_BEFORE = re.compile(r"\b(?:which|that|it|they)\s+would\s+[a-z]+\b[^.;,]{0,80}$")
_EXPECTED_CLAUSE = re.compile(r"\bexpects?\s+(?:[^.;,]|(?<=\bMt)\.){3,60}?\bto\s+(?:peak|reach|hit|rise|fall|drop|top|exceed)\b"
                              r"(?:[^.;]|\.\s(?=\d)|(?<=\bMt)\.)*$")  # (to the date, past "on Oct. 4 and ...", "on Mt. Gorsedale")
_INSTEAD_OF = re.compile(r"\s+instead\s+of\b", re.IGNORECASE)
_ENDING_AT = re.compile(r"\b(?:ending|finishing|wrapping\s+up)\s+(?:at|on|by)?\s*$")
_SURCHARGE_BEFORE = re.compile(r"\b(?:sur)?charges?\s+(?:is|are|will\s+be)\s+(?:added|imposed|applied|charged|levied)\s+"
                               r"(?:from|on|after|starting)\s+(?:the\s+)?$", re.IGNORECASE)
_CLOSES_FROM_BEFORE = re.compile(r"\bclos(?:e|es|ed)\s+(?:temporarily\s+)?(?:from|between)\s+(?:the\s+)?$", re.IGNORECASE)


def _closed_on(text: str, at: int) -> bool:
    """Whether the date at `at` is one a place is closed or a service stops: "will be closed from the 25th",
    "will close from December 30", "will not be collected on the 14th"."""
    return bool(_NOT_HELD_BEFORE.search(text, max(0, at - 80), at) or _CLOSES_FROM_BEFORE.search(text, max(0, at - 40), at))
# ("Consultations with the photographers are available from 1 p.m. to 5 p.m.": the hours of a service beside it)
_CHANGED_TO_BEFORE = re.compile(rf"\b{MOVED}\b[^.;]{{0,30}}?\bto\s+$")
_SIDE_SERVICE = re.compile(r"\b(?:is|are|will\s+be)\s+(?:also\s+)?(?:available|offered|provided)\b")


def _told_in_paragraph_before(text: str, m: Mention, told: Mention | None, drafts: list[_Draft]) -> _Draft | None:
    """The one-day happening the paragraph before ended with, for hours that open a paragraph of its item
    without a day of their own."""
    here = text.rfind("\n", 0, m.start_offset) + 1
    if not drafts or told is not None and told.start_offset >= here or _UNTIL_JUST_BEFORE.search(text, max(0, m.start_offset - 8), m.start_offset):
        return None
    last = drafts[-1]
    end = here - 1
    while end > 0 and text[end - 1] == "\n":
        end -= 1  # (over the blank lines between paragraphs)
    before = text.rfind("\n", 0, end) + 1
    if type(last.start) is not date or last.end is not None or last.kind != "event" or last.recurrence \
            or sum(before <= d.mention.start_offset < here for d in drafts) != 1 or not before <= last.mention.start_offset:
        return None  # (two days told, "on the 23rd and 24th", are joined later: hours of both)
    return last


def _draft(doc: Document, item: Item, sentence: Sentence, m: Mention, earlier: list[_Draft]) -> _Draft | None:
    text = doc.text[sentence.start:sentence.end]
    lead = len(text) - len(text.lstrip())
    if byline := _BYLINE.match(text, lead):  # "[City Reporter Kim] Riverside-gu ...": the byline is not content
        lead = byline.end()
        if m.start_offset < sentence.start + lead:
            return None  # (nor is a date inside it)
    stext = text[lead:].strip()
    rel = m.start_offset - sentence.start - lead
    if _is_background(m, stext, rel, doc.anchor):
        return None
    if _ENDING_AT.search(stext, max(0, rel - 30), rel) and earlier and earlier[-1].item is item \
            and m.start is not None and day_of(earlier[-1].start) < day_of(m.start):
        return None  # "..., with the last control ending at 5:00 on June 10": the end of what was told before
    kind = _kind(_clause_of(stext, rel), m)
    if kind == "event" and _DEADLINE_MOVED.search(stext, max(0, rel - 60), rel):
        kind = "deadline"  # "the deadline has been pushed back to October 4", "by the deadline of the 31st"
    if m.start is None and kind != "deadline" or kind is None:
        return None  # "through November 6" with nothing to start from tells the end of something already told
    title = _title(stext, rel, kind, item, earlier, doc.text, sentence.start, rel + len(m.text))
    if earlier and earlier[-1].sentence is sentence and _LISTED_AFTER.fullmatch(doc.text, earlier[-1].mention.end_offset, m.start_offset):
        title = earlier[-1].title  # "this Friday and Saturday": the second day of what the first was told for
    if _DATE_ONLY.fullmatch(title) and (named := _NAME_IN_SENTENCE.search(stext)):
        title = _tidy(named.group())  # "the Frostvale Riverside Ice Rink is set to open this coming Saturday": the rink
    elif _DATE_ONLY.fullmatch(title) and (named := _last_name_between(doc.text, item, _previous_sentence_start(item, sentence.start),
                                                                     m.start_offset)):
        title = named  # "... will run the ‘Hope Sharing Campaign’. The collection period runs Dec. 1?Jan. 31": the campaign
    elif _DATE_ONLY.fullmatch(title) and _DATE_FIELD.match(stext) and (topic := _topic(item, doc.text)):
        title = topic  # "... will extend the hours of the temporary screening clinic ... △Period: Jan. 6?17": the clinic's
    if kind == "event" and _TOLD_AS_CLAUSE.search(title) and (named := _named_before_as_the(doc.text, item, sentence, stext)):
        title = named  # "Encouraged by the response, the city will keep the market open every Saturday ...": the market
    if kind == "event" and (lead := _DURING_SPAN_LEAD.match(stext)) and rel < lead.end() \
            and (named := _QUOTED.match(stext, lead.end())):
        title = _quoted_title(named)  # "During the peak season from July 27 to Aug. 11, the 'Night Beach' program will run"
    if kind == "event" and _IT_WILL_CLOSE.match(title) and item.organizer and _HOUSE.search(item.organizer):
        title = f"{item.organizer} closed"  # "The X Library announced ... that it will close from April 1 to June 30"
    if kind == "event" and "voting" not in title.lower() and (early := _EARLY_VOTING_FOR.search(stext, 0, rel)) \
            and (named := _QUOTED.match(stext, early.end() - 1)) and named.end() <= rel:
        title = f"Early voting: {title}"  # "early voting for the '4·26 By-election' ... will take place ... Apr. 21 ~ 22"
    elif title.startswith("Early voting: ") and _ELECTION_DAY_LEAD.match(stext):
        title = title.removeprefix("Early voting: ")  # "On election day, the 26th (Wed.), voting will be held": the election
    if _A_VOTE.fullmatch(title) and (what := _VOTE_FOR.search(stext)):
        title = f"{title}: {_tidy(what.group(1))}"  # "will hold a citizen vote ... for the 2025 Citizen Participation Budget"
    if labelled := _DAY_LABEL.match(title):
        title = _tidy(labelled.group("what"))  # "- 22nd (Fri): Opening ceremony at 2 p.m., attended by ...": the ceremony
    if _ONE_WORD.fullmatch(title) and (named := _name_told_before(doc.text, item, sentence.start, title)):
        title = named  # "The certificates can be purchased ..." after "Cinderfield Love Gift Certificates"
    elif kind == "event" and title in _DOINGS and (named := _named_just_before(doc.text, item, sentence.start)):
        title = named  # "... will deliver the 'Happy Lunch Box' to 420 seniors. Deliveries will run every Tuesday ...": the box
    elif _STEP_OF_SOMETHING.fullmatch(title) and (about := next((a for a in _ABOUT.finditer(stext, 0, rel)
                                                                 if a.group(1).lower() == title.lower()), None)):
        title = _tidy(about.group())  # "The office already held a briefing on grade cut-off analysis on the 9th"
    elif _STEP_OF_SOMETHING.fullmatch(title) and (quotes := _quotes_in(doc.text, item, item.start, sentence.start)):
        title = f"{title}: {_quoted_title(quotes[-1])}"  # "Interviews will be held on the 13th" of the 'Citizen Reporters'
    elif _SESSION_OF_SOMETHING.fullmatch(title) and (quotes := _quotes_in(doc.text, item, item.start, sentence.start)):
        title = f"{_quoted_title(quotes[-1])}: {title.lower()}"  # "a night session will also be held ..." of the 'Legal Day'
    if kind == "event" and (work := _WORK_SHOWN.search(m.text) or _WORK_SHOWN.search(_clause_of(stext, rel))) \
            and (program := _screenings_named(doc.text, item, sentence.start)):
        title = f"{program}: {work.group('work')}"  # "On Friday, the animated film ‘The Little Ferryman’ will be shown"
    entry = _DATED_ENTRY.match(stext, rel + len(m.text)) if _DATED_ENTRY_START.match(stext) else None
    if entry and (name := _last_name_between(doc.text, item, item.start, sentence.start) or _topic(item, doc.text)):
        # "△Sept. 17 (Wed.) 10:00~12:00, Eastbrook-dong Community Service Center": a day of the desk named before;
        # "△Aug. 18 (Mon.): Ashby-dong, Morland-dong": of the fogging, there
        title = f"{name}: {_tidy(entry.group('place'))}" if stext[rel + len(m.text):].lstrip().startswith(":") else name
    if (at_place := _PLACE_ENTRY.match(stext)) and at_place.end() <= rel \
            and (topic := _last_name_between(doc.text, item, item.start, sentence.start) or _topic(item, doc.text)):
        entry, title = at_place, f"{topic}: {at_place.group('place')}"  # "△Fernleigh-myeon and Stonebridge-myeon: every Monday"
    location = (entry.group("place").rstrip(". ") if entry else None) or _location(stext) \
        or _place_field(doc.text, sentence, whole_line=kind == "event") \
        or _facility_that_holds(stext) or _venue_field_below(doc.text, sentence) or _in_front_of(stext) \
        or (house := _HOUSE_OPENS.match(stext)) and _name_told_before(doc.text, item, sentence.start, house.group(1))
    if kind == "event" and _THE_ROAD_CLOSED.match(stext) \
            and (roads := _ROAD.findall(doc.text, item.start, sentence.start)):
        # "... will repave a 1.8 km stretch of Beltry-ro ... Both directions of the road will be fully closed for four
        # nights, from 10 p.m. on the 9th ...": the road named before, closed
        title, location = f"{roads[-1]} closed", location or roads[-1]
    elif kind == "event" and (lanes := _LANES_CLOSED.search(stext)) \
            and (roads := _ROAD.findall(doc.text, item.start, sentence.start)):
        # "(... fully close a 1.2 km section of Wenlow-ro ...) the southbound lanes will be closed in the same way from
        # 10 p.m. on Nov. 5 (Sat.)": those lanes of the road named before
        title, location = f"{roads[-1]} {lanes.group('lanes')} closed", location or roads[-1]
    # Online when the sentence names a platform and no place, or says the place's event is also streamed.
    online = bool(_ONLINE.search(stext)) and (location is None or bool(re.search(r"\b(?:streamed|broadcast|live)\b", stext)))
    inferred = []
    if m.implied and m.implied != ("day", "month", "year"):
        inferred.append(f"{' and '.join(m.implied).capitalize()} taken from the publication date "
                        f"({doc.anchor.isoformat()}).")
    if "because" in m.reason:
        inferred.append("Read as " + m.reason.split("; ", 1)[-1] + ".")
    cats = _categories(stext + " " + title)
    start, end = (m.start, m.end) if m.start is not None else (m.end, None)  # a deadline is its last day
    if isinstance(start, datetime) and isinstance(end, datetime) and _MOVED_FROM.search(stext, max(0, rel - 60), rel + len(m.text)):
        start, end = end, None  # "has been moved from 2 p.m. to 4 p.m.": the new hour
        inferred.append("Moved to the later hour, as the article says.")
    if isinstance(start, datetime) and end is None and not m.recurrence and (lasts := _LASTS_IN_NAME.search(title)) \
            and (length := _length_told(lasts)):
        end = start + length  # "a 30-minute figure skating show"
    if isinstance(start, datetime) and end is None and not m.recurrence \
            and (lasts := _FOR_LENGTH_AFTER.match(stext, rel + len(m.text), rel + len(m.text) + 160)
                 or _FOR_LENGTH_BEFORE.search(stext, max(0, rel - 50), rel)) \
            and (length := _length_told(lasts)) and length <= timedelta(hours=12):
        # ("... will light up the sky for 25 minutes starting at 8:30 p.m.")
        end = start + length  # "At 8 p.m. on April 22, the district office ... will switch off their lights for 10 minutes"
    if m.grain == "month" and type(start) is date:  # "during the month of November": the whole month
        end = start.replace(day=calendar.monthrange(start.year, start.month)[1])
        inferred.append("Every day of the month, as the article says.")
    if m.grain == "week":
        end = None  # "begin the week of March 13": on its Monday
        inferred.append(f"Begins in the week of {m.start.isoformat()}; the day is not given.")
    recurrence = m.recurrence
    if (kind == "application" or _PERIOD_FIELD.match(stext) and _WEEKDAYS_ONLY.match(recurrence or "")) and recurrence and "COUNT=" in recurrence \
            and isinstance(start, datetime) and isinstance(end, datetime) and end.date() == start.date():
        # "Application period: April 1 (Thu)~9 (Fri), weekdays 9:00~18:00": one period, open at office hours
        # (as is any "Period: Feb. 19 (Mon.) ~ March 29 (Fri.), weekdays 9:00~17:00": a service's, not sessions)
        end, recurrence = datetime.combine(_last_time(m).date(), end.time()), None
        inferred.append(f"{'Applications are taken' if kind == 'application' else 'Open'} during the hours the article "
                        "gives, on each day of the period.")
    if recurrence is None and isinstance(start, datetime) and isinstance(end, datetime) \
            and end.date() > start.date() and start.time() < end.time() \
            and (_CLOCK_RANGE.search(m.text) or not _CLOCK_WRITTEN.search(m.text)  # (hours shared from the list's last span)
                 or kind != "application" and (_EACH_DAY_AFTER.match(doc.text, m.end_offset)
                                                                            or _SHORT_CLOCK_RANGE.search(m.text)
                                                                            and not _WEEKDAYS_TOLD.search(stext))):
        # "on Jan. 5~7 from 1 p.m. to 3 p.m.": those hours on each day, not one block from the first to the last
        # ("..., Mon-Fri from 10 a.m. to 3 p.m.": on weekdays; "Apr. 17 (Mon.) ~ 19 (Wed.), 9:00~17:00 each day")
        first, recurrence = _daily(start.date(), (end.date() - start.date()).days + 1, _closed_weekdays(stext))
        start, end = datetime.combine(first, start.time()), datetime.combine(first, end.time())
        inferred.append("The hours hold on each day of the span.")
    return _Draft(m, item, sentence, title, item.organizer, location, online, kind, cats or ("General",),
                  [stext, *_notice_fields_below(doc.text, sentence)], inferred, recurrence, start, end)


_PERIOD_FIELD = re.compile(rf"\s*{FIELD_MARK}\s*(?:[A-Za-z]+\s+)?[Pp]eriod\s*:")
# ("△Control section: 18.6 km of Riverside-ro ...": where a road is closed)
_PLACE_FIELD = re.compile(rf"{FIELD_MARK}\s*(?:Place|Venue|Location|Where|Area|(?:Drop-off|Collection|Distribution)\s+(?:points?|sites?)|Meeting\s+(?:place|point)|(?:Polling|Voting)\s+(?:stations?|places?)|(?:Control(?:led)?\s+|Closed\s+)?(?:[Ss]ection|[Rr]oute)s?)\s*:\s*(?P<loc>[^{FIELD_BULLETS}\n(]+?)\s*"
                          rf"(?=[{FIELD_BULLETS}(\n]|$)")


def _place_field(text: str, sentence: Sentence, whole_line: bool = False) -> str | None:
    """The "▲ Place: X" field on the line of a notice's "▲ Date: ..." field, or on one of the field lines
    below it ("○ Date & Time: ...\n ○ Place: ...")."""
    field, line_end, below = _fields_of(text, sentence)
    if field is None:
        return None
    # (for a happening, the fields of its line before it too: "... △Section: Brightwater-ro △Time: 6 p.m. to 9:30 p.m. on
    # the 15th"; but one applies elsewhere than the "△Venue: ..." before "△Apply: ...")
    place = _PLACE_FIELD.search(text, text.rfind("\n", 0, sentence.start) + 1 if whole_line else sentence.start, line_end)
    if place is None and _WHEN_FIELD.fullmatch(field.group(1)):
        place = next((p for lo, hi in below if (p := _PLACE_FIELD.search(text, lo, hi))), None)
    if place is None:
        return None
    loc = place.group("loc").strip(" ,")
    # ("○ Drop-off points: collection boxes at the 16 dong community service centers and ...": where the boxes are)
    return (_location(loc) or loc) if loc[:1].islower() and " at " in loc else loc


def _venue_field_below(text: str, sentence: Sentence) -> str | None:
    """The "△Venue: X" field of the notice line right below the sentence's paragraph ("... will hold the exhibition
    from the 6th to the 22nd. The show brings ...\n△Venue: 2nd-floor gallery, Arts Center △Hours: 10:00~18:00")."""
    below = text.find("\n", sentence.start)
    if below < 0:
        return None
    while text.startswith("\n", below):
        below += 1
    if not _FIELD_LINE.match(text, below):
        return None
    line_end = text.find("\n", below)
    place = _PLACE_FIELD.search(text, below, line_end if line_end >= 0 else len(text))
    return place.group("loc").strip(" ,") if place else None


def _fields_of(text: str, sentence: Sentence) -> tuple[re.Match | None, int, list[tuple[int, int]]]:
    """The notice field the sentence opens with, where its line ends, and the bounds of the field lines below."""
    lead = len(text[sentence.start:sentence.end]) - len(text[sentence.start:sentence.end].lstrip())
    field = _FIELD.match(text, sentence.start + lead, sentence.end)
    line_end = text.find("\n", sentence.start + lead)
    first_end = line_end if line_end >= 0 else len(text)
    below = []
    while field and line_end >= 0 and _FIELD_LINE.match(text, line_end + 1):
        next_end = text.find("\n", line_end + 1)
        below.append((line_end + 1, next_end if next_end >= 0 else len(text)))
        line_end = next_end
    return field, first_end, below


# ("On New Year's Day, the Brightwater Public Health Center (1st floor, ...) will open a holiday clinic from 9 a.m.")
_FACILITY_HOLDS = re.compile(r"(?:^|,\s+|\bthat\s+)(?:(?:the|its)\s+)?(?P<place>(?:[A-Z][\w'’-]*\s+){1,5}(?:Center|Centre|Hall|"
                             r"Library|Museum|Gallery|Theater|Theatre))(?:\s*\([^()]{1,60}\))?(?:,\s+(?:closed|shut)\s+[^,;]{1,100})?,?\s+"
                             r"will\s+(?:also\s+)?(?:open|reopen|run|hold|host|operate|offer|stage)\b")  # ("the X Center, closed since ..., will reopen")


def _facility_that_holds(stext: str) -> str | None:
    """The named place that the sentence says will hold the happening, when it names no other."""
    held = _FACILITY_HOLDS.search(stext)
    return held.group("place").strip() if held else None


def _notice_fields_below(text: str, sentence: Sentence) -> list[str]:
    """The field lines under a notice's "○ Period: ..." line ("○ Target: ...", "○ How to apply: ..."): what one
    needs to know of the happening it dates, kept in its description."""
    field, _, below = _fields_of(text, sentence)
    if field is None or not _WHEN_FIELD.fullmatch(field.group(1)):
        return []
    return [text[lo:hi].strip() for lo, hi in below]


_WHEN_FIELD = re.compile(r"(?i)(?:date|time|dates|date\s*&\s*time|date\s+and\s+time|period|schedule|when)")
_FIELD_LINE = re.compile(rf"[ \t]*{FIELD_MARK}")


# "recruiting seniors for its class, which meets every Tuesday ...": the clause tells the class itself
_WHICH_HAPPENS = re.compile(r"(?:which|that)\s+(?:meets|runs|is\s+held|will\s+be\s+held|takes\s+place|will\s+take\s+place)\b")


def _clause_of(text: str, rel: int) -> str:
    """The clause holding offset `rel`: "Applications open on the 13th, and winners will be drawn on the
    19th" tells an application period, then a draw."""
    cuts = [c.end() for c in _AND_CLAUSE.finditer(text)]
    lo = max((c for c in cuts if c <= rel), default=0)
    if re.match(r"(?:where|which|who)\s", text[lo:]) and not _WHICH_HAPPENS.match(text, lo):
        lo = max((c for c in cuts if c < lo), default=0)  # "Applications, which opened on the 21st": of its antecedent
    hi = min((c for c in cuts if c > rel), default=len(text))
    return text[lo:hi]


_THE_WINDOW = re.compile(r"\s*The\s+(?:booking\s+|sign-up\s+)?window\s+(?:runs|is\s+open|opens|will\s+run)\b")
_WHO_APPLY = re.compile(r"\bwho\s+$")
_FIRST_TO_APPLY = re.compile(r"\bfirst\s+\d+\s+(?:[a-z]+\s+){0,2}to\s+$")
_CHOSEN_BEFORE = re.compile(r"\b(?:selected|successful|chosen|accepted)\s+$", re.IGNORECASE)


# what holds for something, not applying: "The extended hours apply until the 20th", "the usual fees will apply"
_RULES_APPLY_BEFORE = re.compile(r"\b(?:hours|rules|fees?|rates|prices|limits|discounts|restrictions|conditions)\s+(?:will\s+)?$",
                                 re.IGNORECASE)


def _about_applying(text: str) -> re.Match | None:
    """The first word of `text` about applying for something."""
    return next((found for found in _APPLICATION.finditer(text) if found.group().lower() not in ("apply", "applies")
                 or not _RULES_APPLY_BEFORE.search(text, max(0, found.start() - 24), found.start())), None)


def _kind(text: str, m: Mention) -> str | None:
    if m.open_start:
        # "until the 21st" ends something: a deadline when it is about applying, else the end of a period told before
        return "deadline" if _about_applying(text) or _DUE.search(text) else None
    if (applying := _about_applying(text)) and not (applying.group().lower() == "applicants" and _CHOSEN_BEFORE.search(
            text, max(0, applying.start() - 16), applying.start()) or _WHO_APPLY.search(text, max(0, applying.start() - 8),
                                                                                        applying.start())
            # ("... every Saturday at 11 a.m. from Dec. 24, for the first 30 people to sign up on site": who may come)
            or _FIRST_TO_APPLY.search(text, max(0, applying.start() - 40), applying.start())
            # ("An orientation for the 80 newly recruited delivery volunteers will be held ...": those chosen already)
            or applying.group().lower() == "recruited" and _NEWLY.search(text, max(0, applying.start() - 10), applying.start())) \
            or _THE_WINDOW.match(text):
        # ("open to 60 families who apply in advance": who may come, not an application period)
        # ("Selected applicants will be checked on ..." is no application; "The window runs from December 2" is one)
        return "application"
    if _SALE.search(text):
        return "sale"
    if m.open_end and re.search(r"\bsince\b|\bhas been\b|\bhave been\b", text, re.IGNORECASE):
        return "ongoing"
    return "event"


_TITLE_LEAD = re.compile(rf"^[{ANY_BULLET}]\s*(?:The\s+)?"  # ("○ The 2nd regular session, which will review ...")
                         r"|^To\s+[^,]{3,60},\s+(?:the\s+)?"  # ("To ensure pedestrian safety, vehicle traffic on ...")
                         r"|^\d{1,3}(?:,\d{3})+\s+(?=[a-z])(?!won\b)"  # ("3,000 fruit tree seedlings ... will be handed out")
                         r"|^(?:In\s+addition|Meanwhile|Also|Separately|Additionally),\s+"
                         r"|^(?:Under|With|Following)\s+the\s+(?:measures?|plan|policy|changes?|rules?),\s+"  # ("Under the measures, ...")
                         r"|^(?:Before|After|During)\s+the\s+\w+,\s+(?:an?\s+|the\s+)?"  # ("Before the game, a fan signing ...")
                         r"|^(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+that\s+(?:the\s+)?"  # ("said Wednesday that the ...")
                         r"|^(?:(?:and|but|also|then)\s+)?(?:(?:the|a|an)\s+)?(?:district|county|city|ward|borough)['’]s\s+"
                         r"|^[A-Z][a-z]+-gun?['’]s\s+"  # ("Hill-gu's Christmas market opens ...")
                         r"|^(?-i:[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+){0,3})\s+(?:--|—|–)\s+(?:the\s+)?"  # ("SORREL-GU -- The ...")
                         r"|^\([^()]{0,40}=[^()]{0,40}\)\s*Reporter(?:\s+[A-Z][\w-]*){1,3}\s*=\s*"  # ("(Seoul=News1) Reporter X = ")
                         r"|^(?:(?:and|but|also|then)\s+)?(?:that\s+)?(?:the|a|an|its|their)\s+"
                         r"|^(?:and|but)\s+(?=[a-z0-9])"  # (", and classes start April 8")
                         r"|^(?:this|next|last)\s+year['’]s\s+(?:newly\s+\w+\s+)?"
                         r"|^(?:at|during)\s+the\s+(?=[\w'’ -]{3,60}$)", re.IGNORECASE)  # ("At the first plenary meeting, ...")
_REPORTED = re.compile(r"^(?:[^,;‘“'\"]|(?<=\w)'(?=s\b))*?\b(?:said|announced|explained|stated|noted)\s+"
                       r"(?:on\s+the\s+\d{1,2}(?:st|nd|rd|th)\s+(?:of\s+(?:last|this)\s+month\s+)?)?"
                       # ("announced on the 19th that ...", "... that, with the heat wave continuing, ...")
                       r"(?:that\s*(?:,\s*(?:with|as|amid|despite|due\s+to|because\s+of)\s+[^,;]{3,60},\s*)?)?(?=\S)", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_PERIOD_END = re.compile(r"(?<!grace)(?<!trial)(?<!waiting)\s+period$")  # (a grace period is no "Grace")
# ("Docents will guide visitors every", "disaster relief of up [to 2 million won]")
_PREPOSITION_END = re.compile(r"\s+(?:on|at|in|from|by|every|each|during|until|through|of\s+up|again)$")  # ("the desk again")
# A phrase that opens like this tells when or how often, not what: "on the 3rd", "every Saturday"
_NOT_A_NAME = re.compile(r"(?i)(?:on|of|from|at|in|by|to|until|till|through|kicks\s+off|wraps\s+up|before|after|over|for|during|with|which|who|where|twice|once|every|daily|"
                         r"as\s+(?:usual|normal|planned|scheduled)|"  # ("will operate as usual through the holiday")
                         r"today|tomorrow|tonight|next|"
                         r"weekly|the\s+first|this\s+year|(?:and\s+|but\s+)?(?:it|they|we|he|she)|(?:\d+|three|four|five|six|seven|eight|nine|ten)\s+times)(?:\s|$)"
                         r"|(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s*(?:[-–~,]|to\b|and\b|$)"  # ("runs Mon-Fri from ...")
                         r"|(?i:(?:(?:a|one|two|three|four|\d+)\s+)?(?:hours?|days?|weeks?|months?)\s+(?:later|earlier|ahead|longer|early)\b)"  # ("held a week later")
                         r"|(?i:(?:around\s+the\s+clock|\d+\s+hours\s+a\s+day)\b)"  # ("will run 24 hours a day on ...")
                         r"|(?i:\d{1,2}(?::\d\d|\s*[ap]\.m\.))")  # ("will run 9:00~13:00 on the same days")


_IT_IS_TAKING = re.compile(r"(?:It|They)\s+(?:is|are|will\s+be)\s+(?:accepting|taking|receiving|collecting|inviting)\s+(?P<what>.{6,})")
_DATE_PREPOSITION_END = re.compile(r"\s+(?:from|until|through|by|on)(?:\s+the)?(?:…|\s*$)")
_AFTER_WHEN_CLAUSE = re.compile(r"when\s+[^,.;]{3,80},\s+(?P<main>[^,.;]{6,120})")
_NAMED_RIGHT_AFTER = re.compile(r"\w+\s*$")  # the noun a quoted name follows: "youth study café 'Dream Desk'"
_WITH_A_COUNT = re.compile(r"\s+with\s+(?:about|some|around|over|more\s+than|nearly)\s+\d[\d,]*\s")
_EXAMPLES_END = re.compile(r"\s+such\s+as\s+.*$|,\s+including\s+.*$")  # ("23 facilities, including 9 fields, ...")


_FEATURING = re.compile(r",?\s+featuring\s.*$")
_MOVED_ASIDE = re.compile(rf",\s+(?:{MOVED}|moved\s+up)\s+(?:up\s+)?(?:from|to)\b.*$")


def _tidy(title: str, quoted: bool = False) -> str:
    """A title as shown; a `quoted` name keeps its own first words ("‘The Little Prince’")."""
    title = title.strip(" ,.;:‘’'\"“”")
    if not quoted:
        title = _REPORTED.sub("", title)  # "Riverside-gu said the festival ...": the festival
        title = _TITLE_LEAD.sub("", title).strip(" ,.;:‘’'\"“”")  # ("... that the '2025 Ice Festival'": the name)
    title = _SPACES.sub(" ", title)
    title = _PERIOD_END.sub("", title)
    title = _PREPOSITION_END.sub("", title)  # "The consultation on the 8th will take place ...": "Consultation"
    if (examples := _EXAMPLES_END.search(title)) and " " in title[:examples.start()]:
        title = title[:examples.start()]  # "fruit tree seedlings such as persimmon and plum": the seedlings
    if not quoted and (featuring := _FEATURING.search(title)) and " " in title[:featuring.start()]:
        title = title[:featuring.start()]  # "Closing event featuring a performance by the youth team ...": the event
    if not quoted and (counted := _WITH_A_COUNT.search(title)) and " " in title[:counted.start()] and "," not in title[:counted.start()]:
        title = title[:counted.start()]  # "Temporary lending corner with about 3,000 popular books ...": the corner
    if not quoted and (moved := _MOVED_ASIDE.search(title)) and " " in title[:moved.start()]:
        title = title[:moved.start()]  # "A farewell fireworks show, moved up from the original closing night, ...": the show
    if len(title) > 90:
        title = title[:90].rsplit(" ", 1)[0] + "…"
    return title[:1].upper() + title[1:]


def _title(text: str, rel: int, kind: str, item: Item, earlier: list[_Draft], doc_text: str, at: int,
           rel_end: int) -> str:
    """A name the date is attached to: "the 2021 Hill Sale Festa (November 1?15)"; else a quoted name
    before the date or inside the phrase the date governs; else that phrase; else the item's topic."""
    if rel > 0 and text[rel - 1:rel] in "(" and (named := _NAME_BEFORE_PAREN.search(text[:rel])):
        return _tidy(named.group(1))
    if _ORDINAL_SUBJECT.match(text) and (before := _previous_sentence(item, at)) is not None \
            and (counted := _COUNTED_NOUNS.search(doc_text, before.start, before.end)):
        # "Two 'live commerce' broadcasts will also be held ... The first will be aired at 7 p.m. on May 1": one of them
        *words, last = re.sub(r"[‘’'\"“”]", "", counted.group("what")).split()
        return _tidy(" ".join([*words, _singular(last)]))
    if (held := _NAME_HELD_BEFORE.search(text, max(0, rel - 160), rel)) is not None:
        return _tidy(held.group("name"))  # "... medals at the 68th North Halvern Province Sports Festival held from the 4th"
    if kind == "event" and (vote := _ELECTION_ON_BEFORE.search(text, max(0, rel - 90), rel)) is not None:
        return _tidy(vote.group("name"))  # "... one early voting station in each dong for the 22nd National Assembly election on April 10"
    if kind == "event" and text.endswith("the ", 0, rel) and (vote := _ELECTION_AFTER.match(text, rel_end)) is not None:
        return _tidy(vote.group("name"))  # "two of the 16 polling stations for the April 5 by-election ... will be moved"
    if kind == "event" and "raffic" in text and (told := _TRAFFIC_OF_NAMED.search(text, 0, rel)):
        # "... that traffic along the course of the '2024 Dunmere International Marathon' will be controlled ... on the 26th"
        return f"Traffic control: {_tidy(told.group('name'), quoted=True)}"
    if (part := _NAMED_FIELD.match(text)) and part.end() <= rel:
        return _tidy(part.group(1))  # "△Welfare and Culture Committee: Dec. 4 (Wed.) ~ 5 (Thu.)": a part, by its name
    if (groups := list(_GROUP_FIELD.finditer(text, 0, rel))) and (topic := _service_before(doc_text, item, at + rel)
                                                                  or _topic(item, doc_text)):
        # "△Born in 1943 or earlier: March 20 (Mon.) ~ 31 (Fri.) △Born 1944~1950: April 3 (Mon.) ~ 14 (Fri.)": the
        # service told before, for that group
        return f"{topic}: {groups[-1].group('who')}"
    if (entry := _last_entry(text, rel)) is not None:
        # "△Labor rights lecture for part-timers: Nov. 28 (Mon.) 14:00~16:00, ... △University admissions briefing: Dec.
        # 10 (Sat.) ...": entries of a line, each by its own name
        return _tidy(entry)
    field = _FIELD.match(text)
    # (the label of the field the date is in: "▲Date: ...", or a later one of its line, "... △Reopening: March 27")
    labels = [*((f.start(), f.group(1)) for f in _FIELD.finditer(text, 0, rel)),
              *((f.start(), f.group(1)) for f in _SLASHED_PART.finditer(text, 0, rel))]  # ("○ Session 1: ... / Session 2: ...")
    label = max(labels)[1] if field and labels else field.group(1) if field else ""
    if kind == "event" and field and item.organizer and _VENUE_BODY.search(item.organizer) \
            and (shut := _SHUT_LABEL.fullmatch(label)):
        # "The Fernhollow Central Library announced ... △Closure period: Feb. 20?March 26 △Reopening: March 27 (Mon.)"
        return f"{item.organizer} {'reopens' if shut.group(1) else 'closed'}"
    if kind == "event" and field and (shut := _SHUT_LABEL.fullmatch(label)) and not shut.group(1) \
            and (before := _previous_sentence(item, at)) is not None \
            and (told := _CLOSED_SUBJECT.search(doc_text, before.start, before.end)
                 or _WILL_CLOSE_NAMED.search(doc_text, before.start, before.end)):
        # "... announced that Exit No. 3 of Mossgate Station will be closed from the 27th ... △Closure period: ...", "...
        # that it will fully close the Eastmere Grand Bridge, which ...": it
        return f"{_tidy(told.group('what'))} closed"
    if field and (name := _name_field_before(doc_text, item, at) or _named_just_before(doc_text, item, at)
                                          or _held_just_before(doc_text, item, at)
                                          or _last_name_between(doc_text, item, item.start, at)
                                          or _opener_just_before(doc_text, item, at)
                                          # ("the second-half property tax must be paid ...\n- Payment period: Sept. 16~30")
                                          or _PAY.search(field.group(1)) and _tax_of(text, doc_text, max(item.start, at - 1200), at)
                                          or _topic(item, doc_text)):
        # "... will host the ‘Youth Career Expo’. Details are as follows. ▲ Date: Nov. 18 (Sat) 10:00~16:00 ▲ ..."
        if kind == "application" and not re.search(r"(?i)regist|recruit|entr|submi|reserv", label):
            return f"Applications: {name}"  # (told in "▲How to apply: ...", or after "▲Fee: ..." in its sentence)
        if kind == "event" and not _PART_LABEL.match(label) and _TRAFFIC_LEAD.search(doc_text, doc_text.rfind("\n", 0, at) + 1, at):
            return f"Traffic control: {name}"  # "Traffic will be controlled along the parade route. △Section: ... △Time: ..."
        if kind == "event":  # ("▲1st session: 12.10.(Sat)~11.(Sun) ▲2nd session: ...": each a part of it)
            return f"{name}: {label}" if _PART_LABEL.match(label) else f"{label.capitalize()}: {name}" \
                if _PAY.search(label) and _TAX_WORD.search(name) else name
        return f"{label.capitalize()}: {name}"
    if "which" in text[max(0, rel - 60):rel] and (antecedent := _ANTECEDENT.search(text, max(0, rel - 200), rel)):
        return _tidy(antecedent.group(1))  # "for the by-election of the council, which will be held on April 2"
    if (part := _PART_OF_SERIES.search(text, max(0, rel - 40), rel)) and (name := _last_name_between(doc_text, item, item.start, at)):
        return f"{name} ({part.group(1)} {part.group(2).lower()})"  # "The 1st round is from the 19th to the 22nd"
    if kind in ("event", "ongoing") and (shut := _CLOSED_SUBJECT.search(text, 0, rel)) and (
            _CLOSED_UNTIL_DATE.fullmatch(text, shut.end(), rel)
            # ("two of the four lanes on Ostmark Bridge ... will be closed every night from 10 p.m. to 5 a.m. ...")
            # ("The four outbound lanes ... will be fully closed from 10 p.m. to 6 a.m. the following morning for five nights,
            # from the night of the 18th ...")
            or _CLOSED_NIGHTLY.match(text, shut.end()) and rel - shut.end() < 120 and not _CLAUSE_BREAK.search(text, shut.end(), rel)) \
            and not _APPLICATION.search(shut.group("what")):
        # "all seven of its public libraries will be closed from the 25th to the 30th": the libraries, closed
        # ("The library will then close ... on Nov. 3?7": the library named before)
        what = shut.group("what")
        named = _name_told_before(doc_text, item, at, what) if re.fullmatch(r"[a-z]+", what) else None
        if _PART_OF_ROAD.search(what) and (roads := _SECTION_OF.findall(doc_text, item.start, at)
                                           or _ROAD_NAMED.findall(doc_text, item.start, at)):
            named = roads[-1]  # ("... repave a 1.8-km section of Corrigan-daero ... The four outbound lanes of the section")
        return f"{named or _tidy(what)} closed"
    if kind == "event" and (shut := _CLOSED_TO_TRAFFIC.search(text, 0, rel)) and rel - shut.end() < 160 \
            and not _CLAUSE_BREAK.search(text, shut.end(), rel):
        # "so Crowhaven-ro will be closed to vehicles for about 800 m, from X to Y, from 10 p.m. on the 31st ..."
        what = shut.group("what")
        roads = _ROAD_NAMED.findall(doc_text, item.start, at) if what in ("road", "street") else []
        # ("Thirty food trucks will line Tollcross-ro ... The road will be closed to cars from 10 a.m.": that road)
        named = roads[-1] if roads else _name_told_before(doc_text, item, at, what) if re.fullmatch(r"[a-z]+", what) else None
        return f"{named or _tidy(what)} closed"
    if kind == "event" and (shut := _WILL_CLOSE_NAMED.search(text, 0, rel)) and rel - shut.end() < 160 \
            and not _CLAUSE_BREAK.search(text, shut.end(), rel):
        # "it will close the Greywater Bridge, which links ..., every night from the 15th (Mon) to Aug. 9 (Fri)"
        return f"{_tidy(shut.group('what'))} closed"
    if (kept := _NOT_PUT_OUT.search(text, 0, rel)) and rel - kept.end() < 60:
        return f"No {kept.group('what').lower()} collection"  # "residents must not put out any garbage on Dec. 24 (Sat.) ~ 25"
    if (" collected" in text or " picked up" in text or " not collect " in text or " not pick up " in text) \
            and (stop := _NOT_COLLECTED.search(text, 0, rel)) and rel - stop.end() < 60:
        # "Household waste, food waste and recyclables will not be collected on Oct. 10": the day without it
        # ("the district will not collect household waste, food waste or recyclables on the 9th (Fri.) and 10th")
        what = stop.group("what") or stop.group("object")
        return "No waste collection" if _WASTE_WORD.search(what) else f"No collection: {_tidy(what)}"
    if " separately" in text and (apart := _COLLECTED_APART.search(text)):
        return f"Separate collection: {apart.group('what')}"  # "clear PET bottles will be collected separately ... every Thursday"
    if opener := _OPENS_THE_FESTIVAL.match(text):
        return _tidy(opener.group(1)).capitalize()  # "A lighting ceremony will open the festival at 5:30 p.m. on ..."
    if ((opens := _SUBJECT_OPENS_WITH.match(text)) and not any(opens.group(1) in _content_words(d.title) for d in earlier)
            or (opens := _SUBJECT_GOES.match(text))):
        # "The ceremony will open with a choir at 7 p.m.", of a ceremony named before without a day: its start;
        # "The bus, fitted with 12 tablets, will visit a different neighborhood every Tuesday": the bus named before
        named = next((_quote_text(q) for q in reversed(_quotes_in(doc_text, item, at - 1200, at))
                      if _singular(opens.group(1)) in _content_words(_quote_text(q))), None)
        if named:
            return _tidy(named, quoted=True)
    # "38 courses in four fields ― humanities, arts and health ― and each course is held": an aside names nothing
    if "―" in text or "—" in text:
        text = _DASH_ASIDE.sub(lambda a: a.group() if a.start() <= rel < a.end() else " " * len(a.group()), text)
    # "..., and the awards ceremony will be held on Dec. 4": a clause of its own names its own happening
    # (not a platform's or a website's name: "on the city's online learning platform 'Wren Learn'")
    # (nor a word in quotes, "a 'kids' course": a term, not a name; nor a work told with its author: "author of 'The
    # Lighthouse Keeper's Winter'")
    quotes = [q for q in _QUOTED.finditer(text) if not _MEDIUM_BEFORE.search(text, max(0, q.start() - 20), q.start())
              and not (_quote_text(q).isalpha() and _quote_text(q).islower())]
    breaks = [c for c in _CLAUSE_BREAK.finditer(text) if not any(q.start() < c.start() < q.end() for q in quotes)]
    cut = max((c.end() for c in breaks if c.end() <= rel), default=0)  # (a break inside a name is none)
    # ("..., and 30 winners will receive up to 300,000 won": the clause after the date's names nothing of it)
    clause_end = min((c.start() for c in breaks if c.start() > rel), default=len(text))
    quoted = [(rel - q.end() if q.end() <= rel else 1000 + q.start() - rel, _quote_text(q), q.start()) for q in quotes]
    near = [q[:2] for q in quoted if q[0] < 60 and len(q[1].split()) >= 2 and q[2] >= cut]
    # (a name quoted in another clause of the sentence is that clause's: "...; on the second day, ... the ‘Tug-of-War’")
    quoted = [q[:2] for q in quoted if cut <= q[2] < clause_end] or [q[:2] for q in quoted if not breaks]
    phrase, phrase_at = None, 0
    for scope in dict.fromkeys((cut, 0)):
        for rx in _TITLE_PATTERNS + [_CLAUSE_OBJECT] if scope else _TITLE_PATTERNS:
            best = None
            for m in rx.finditer(text[scope:clause_end]):
                t = m.group("t")
                if len(t.split()) > 14 or _NOT_A_NAME.match(t) or t.lower() in _ADVERBS or t.strip(" ,;").lower() in _CONJUNCTIONS:
                    continue
                if rel < scope + m.start("t") < rel_end and t[:1].isdigit() and not _COUNT_OF_THINGS.match(t):
                    continue  # "on January 10, 2023 and will be held": the comma is the date's (not "... will also hand
                    # out 2,000 potted flowers ... from 10 a.m.", a count inside a date told with its hour)
                if scope + m.start("t") > rel and (_RELATIVE_CLAUSE.search(text, rel, scope + m.start("t"))
                                                   or _OFFERING.search(text, rel, scope + m.start("t"))):
                    # "from July 24 at the center, where students will visit welfare facilities", "..., offering music
                    # therapy": what it holds, not its name
                    continue
                if scope + m.start("t") >= rel_end and (_NEXT_CLAUSE.match(t) or _NEW_CLAUSE.search(text, rel_end, scope + m.start())):
                    continue
                if rx is _GOVERNED and m.group()[:5].lower() == "visit" and _PLACES_VISITED.match(m.group()):
                    continue  # "a doctor will visit village halls in X every Tuesday": where, not what
                if scope + m.start("t") < rel < scope + m.end("t"):  # "hold a meeting next Tuesday": not the name
                    t = text[scope + m.start("t"):rel].rstrip(" ,(")
                    if _WHEN_LEAD.match(t) and rel_end < scope + m.end("t"):
                        t = text[rel_end:scope + m.end("t")]  # "on the evening of the first day the opening ceremony"
                    if len(t) < 3 or _NOT_A_NAME.match(t):
                        continue
                dist = abs(scope + m.start("t") - rel)
                if best is None or dist < best[0]:
                    best = (dist, t, scope + m.start("t"))
            if best:
                phrase, phrase_at = best[1], best[2]
                break
        if phrase:
            break
    if phrase and phrase_at > rel and (main := _AFTER_WHEN_CLAUSE.match(text, phrase_at)):
        phrase = main.group("main")  # "On Chuseok Day, the 21st, when most hospitals are closed, 36 clinics ... will stay open"
    if phrase and text.endswith(", ", 0, phrase_at) and any(cut <= q.end() < phrase_at for q in quotes):
        phrase = None  # "A 'Seollal Folk Game Day' featuring jegichagi, tuho and yunnori will also be held": the name, not a list's tail
    # a name quoted inside the phrase, or opening in it ("the exhibition “Summer, Water and Light” at ...")
    inner = [_quote_text(q) for q in quotes if phrase and phrase_at <= q.start() < phrase_at + len(phrase)]
    # ("...; on the second day, teams will compete in the ‘Tug-of-War’ at 2 p.m.": its clause's own name, not a
    # phrase of the clause before)
    own = [_quote_text(q) for q in quotes if cut <= q.start() < clause_end] if cut and (not phrase or phrase_at < cut) else []
    from_quote = bool(inner or near or own)
    if (opened := _SUBJECT_WHICH_OPENED.fullmatch(text, 0, rel)) and not inner:
        title = opened.group(1)  # "The desk, which opened on the 1st, is staffed by ...": the desk (named before: below)
    elif own and not inner:
        title = own[0]
    elif inner:
        title = inner[0]
    elif near:
        title = min(near)[1]
    elif phrase and (told := _quoted_just_before(phrase, doc_text, item, at) or _told_before(phrase, earlier)):
        title = told  # "the festival will run until 2 a.m.": the festival named before
    elif phrase and not re.match(r"(?i)(?:this|that|these|the)\s+\w+$", phrase.strip()) \
            and not (re.fullmatch(r"[a-z]+", phrase.strip()) and not _APPLICATION.search(phrase)):
        # (a lone common noun, "The class will be held ...", names the class told of before; see below)
        title = phrase
    elif (back := _back_reference(text, earlier, item, doc_text, at)) is not None:
        title = back
    elif quoted:
        title, from_quote = min(quoted)[1], True
    else:
        # (the subject before a relative clause: "early voting for the by-election of the council, which ...")
        # (else the sentence after its reporting verb, cut at a word by _tidy)
        reported = _REPORTED.sub("", text)
        if (when := _LEADING_WHEN.match(reported)) and _TOLD_AS_CLAUSE.search(reported, when.end(), when.end() + 60):
            reported = reported[when.end():]  # "On the 26th (Sun), the day after the festival, 300 volunteers will ..."
        # ("... announced that a ceremony marking its 30th anniversary will be held at 2 p.m. on the 29th")
        title = phrase or (text[:rc.start()] if (rc := _RELATIVE_CLAUSE.search(text, 0, rel)) else
                           reported[:held.start()] if (held := _HELD_VERB.search(reported, 0, 160)) else
                           # ("free flu vaccination for children began on the 13th at 95 clinics, and ...": what began)
                           reported[:began.start()] if (began := _BEGAN_ON.search(reported, 0, 160)) else reported[:120])
        if not phrase and (again := _WILL_RESUME.match(title) or _WILL_RESUME.match(reported)):
            title = f"{again.group('what')} {again.group('verb').lower()}s"  # "Collection will resume on the 11th (Sun.), ..."
        elif not phrase and (again := _IT_WILL_REOPEN.match(title)) and item.organizer and _VENUE_BODY.search(item.organizer):
            title = f"{item.organizer} {again.group('verb').lower()}s"  # "The X Library announced ... that it will reopen"
        elif not phrase and (shown := _ON_DISPLAY.match(title)):
            title = f"{shown.group('what')} on display"  # "The winning works will be exhibited in the 1st-floor gallery ..."
        elif not phrase and (named := _NAME_APPOSITION.match(title)):
            title = named.group(1)  # "Pellan Beach, the city's largest, opened early on the 4th": the beach
        elif not phrase and (banned := _BANNED.match(title)):
            title = f"{banned.group('what')} {banned.group('verb')}"  # "rafting and swimming will be banned from 1 p.m. ..."
        elif not phrase and kind == "event" and (free := _MADE_FREE.match(title)):
            title = f"{_COUNT_BEFORE_NOUN.sub('', free.group('what'))} free"  # ("Public parking lots free")
        program_meets = _PROGRAM_MEETS.match(title)
        if kind in ("event", "ongoing") and not phrase and (kept := _KEPT_OPEN.match(reported)) \
                and (named := _name_told_before(doc_text, item, at, kept.group(1))):
            # "(... that the Ravensholm Citizens' Swimming Pool is extending its hours ...) Since July 23, the pool has
            # been open from 6 a.m. to 10 p.m. daily": the pool's hours
            before = _sentence_text_before(doc_text, item, at)
            title = f"{named} {'extended hours' if _EXTENDS_HOURS.search(before + text) else 'hours'}"
        elif kind in ("event", "ongoing") and not phrase and (kept := _SUBJECT_KEPT_OPEN.match(reported)) \
                and len(kept.group("what").split()) >= 2:
            # "the outdoor pool at Oakhollow Sports Park has been open three hours longer than usual ... since the 1st"
            title = kept.group("what") + (" extended hours" if _EXTENDS_HOURS.search(text) else "")
        elif kind == "event" and not phrase and not rc and not held and (place := _PLACE_SUBJECT.match(title)):
            # "The Carrowby Tourist Information Center at the terminal will extend its hours to 9 a.m.~7 p.m. daily from
            # April 15": the place, with what it does (not a name told before it)
            title = place.group(1) + (" extended hours" if _EXTENDS_HOURS.search(text) else "")
        elif kind in ("event", "sale") and not phrase and not rc and not held and (_TOLD_AS_CLAUSE.search(title) or program_meets) \
                and (named := _named_just_before(doc_text, item, at) or _quoted_in_paragraph(doc_text, item, at)
                     or program_meets and _held_just_before(doc_text, item, at)):
            # ("... will offer a winter Korean course for foreign residents.\n\nClasses meet every Sunday ...": the course)
            title = named  # "... prepared the ‘Junior Science Summer Camp’ ... Professors will teach robotics ... from the 26th"
    if kind == "event" and not from_quote and _ITS_HOURS.fullmatch(title.strip()) \
            and (place := _PLACE_SUBJECT.match(_REPORTED.sub("", text))):
        # "... announced that the X Vaccination Center at the Y Sports Center will extend its operating hours from the
        # 27th": the place, with what it does
        title = place.group(1) + (" extended hours" if _EXTENDS_HOURS.search(text) else " hours")
    if kind == "event" and phrase and not from_quote and _REOPENS_ON_BEFORE.search(text, max(0, rel - 60), rel) \
            and (again := _WILL_RESUME.match(_REPORTED.sub("", text))):
        # "X, which has been closed since ..., will reopen on the 20th": X reopens, not the phrase found for the date
        title = f"{again.group('what')} {again.group('verb').lower()}s"
    title = _tidy(title, quoted=from_quote)
    if not from_quote and "will be" in text and (held_back := _HELD_BACK.search(text)) and title.lower().endswith(
            _SPACES.sub(" ", text[max(text.rfind(",", 0, held_back.start()), text.rfind(";", 0, held_back.start())) + 1:
                                  held_back.start()].strip()).lower()[-min(len(title), 40):]):
        title = f"{title} {held_back.group('verb')}"  # "vehicle access ... will be restricted from 6:10 a.m.": restricted
    if from_quote and (rite := _CEREMONY_FOR.search(text, 0, rel)) and text.startswith(title, rite.end() + 1):
        title = f"{title} {rite.group(1).lower()}"  # "will hold an opening ceremony for 'Stonereach Haneul Library'"
    if kind == "event" and _CLOSED_JUST_BEFORE.search(text, max(0, rel - 40), rel) and not _CLOSED_WORD.search(title):
        title = f"{title} closed"  # "the 'Ivymoor Toy Library' ... will be closed from the 22nd to the 26th"
    if kind == "event" and title.lower() in ("closure", "closures", "work", "works", "construction") \
            and (roads := _ROAD_NAMED.findall(_sentence_text_before(doc_text, item, at))):
        # "... will repave a section of Millrace-ro ... The closures will run from ...", "Work will take place every night
        # from ...": on that road
        title = f"{roads[0]} closed" if title.lower().startswith("closure") else f"Work on {roads[0]}"
    if title.lower() in _PRONOUNS and earlier:
        title = earlier[-1].title  # "... will open a farmers' market on the 14th. It will be held every Saturday ..."
    elif _PRONOUN_OPENS.match(text, (lead.end() if (lead := _SPAN_LEAD.match(text)) else 0)) and not phrase and (
            held := _HOLDS_A.search(before := _sentence_text_before(doc_text, item, at)) or _SUBJECT_WILL.search(before)):
        # "... will hold an online briefing session for applicants. It will be streamed live ... on the 10th": the session
        # ("the youth study café on the 2nd floor of ... will extend its opening hours. From the 16th to July 4, it will
        # be open from 9 a.m. to 11 p.m. every day": the café)
        # (a quoted name ends at its quote: "will open a 'Computer Class' covering spreadsheets, ...")
        title = _tidy(_quote_text(quoted) if (quoted := _QUOTED.match(held.group("name"))) else held.group("name"),
                      quoted=bool(quoted))
    elif _PRONOUN_OPENS.match(text) and not phrase and (subject := _subject_told_before(doc_text, item, at)) \
            and (named := _name_told_before(doc_text, item, at, subject)):
        # "... an opening ceremony for 'Stonereach Haneul Library' ... The library, built with 9.8 billion won, holds 42,000
        # books. It will open to the public on the 25th": the library, opening
        title = f"{named} opens" if _OPEN_VERB.match(text, 2) else named
    # "Seniors aged 75 and over can be vaccinated from the 12th, and those aged 70 to 74 from the 17th": each group
    # by its own name (the clause that tells its start), else the one that opens the sentence
    who_can = _WHO_CAN.match(title)
    group = _GROUP_FROM.search(text, 0, rel) if who_can or _GETS_SERVICE.search(text) else None
    who = group.group("who") if group else who_can.group(1) if who_can else None
    if who and not _APPLICATION.search(who) and (topic := _service_before(doc_text, item, at) or next(
            (d.title for d in reversed(earlier) if d.kind == "event" and not _TOLD_AS_CLAUSE.search(d.title)
             and ": " not in d.title and d.title.lower() not in _PRONOUNS), None) or _topic(item, doc_text)):
        # the vaccination told before (or what the item is about), for them
        who = _PARENS.sub("", who).strip()
        title = f"{topic}: {who[:1].upper()}{who[1:]}"
    if len(title.split()) <= 3 and title[1:] == title[1:].lower() and (words := _content_words(title) - {"new"}):
        # ("The new shelter will run ...": the 'Winter Night Shelter' just announced)
        # "The help desk opens ...": the ‘Visiting Local Tax Help Desk’ named before
        quoted = _quotes_in(doc_text, item, at - 1200, at)
        # the name holding its words, or one that an apposition says is one ("‘Picture Book Time’, a reading program")
        named = next((_quoted_title(q) for q in reversed(quoted) if words <= _content_words(_quote_text(q))
                      or words <= _content_words(_APPOSITION.match(doc_text, q.end()).group()[:60])
                      # ("The district's youth study café 'Dream Desk' ... The café, ...")
                      or (noun := _NAMED_RIGHT_AFTER.search(doc_text, max(0, q.start() - 24), q.start()))
                      and words <= _content_words(noun.group())), None)
        if named is None and title.lower() in _PROGRAM_NOUNS and quoted and len(_quote_text(quoted[-1]).split()) >= 2:
            named = _quoted_title(quoted[-1])  # "will run the ‘Silver Smartphone School’ ... The class will be held"
        if named is None and _THE_CEREMONY_WILL.match(text) and (
                told := list(_QUOTED.finditer(_sentence_text_before(doc_text, item, at)))):
            named = _quoted_title(told[-1])  # "... will hold this year's 'Moon House Burning' ... The ceremony will take place"
        if named is None and len(words) == 1:
            named = _common_name_before(doc_text, item, at, _PROGRAM_NOUNS | _LESSONS if title.lower() in _PROGRAM_NOUNS else words)
        if named is None and title.lower() in _PROGRAM_NOUNS and text.startswith(title):
            named = _tidy(text[:120])  # "Classes begin the week of September 12 and run for 12 weeks" says more than "Classes"
        title = named or title
        if title.lower() in _SAY_NOTHING and kind == "event" and (topic := _topic(item, doc_text)) \
                and not words & _content_words(topic):
            # "The giveaway starts at 10 a.m. ...": of the 10,000 pots of seedlings told before ("The event ...": the topic)
            title = topic if title.lower() in ("event", "events") else f"{title}: {topic}"
    if title.startswith("Applications: ") and kind != "application":
        title = title.removeprefix("Applications: ")  # "The class will be held ...": the class, not its applications
    wanted = _APPLYING_FOR.search(title)  # ("Applications for both programs" names nothing; "for the fair" does)
    if kind in ("application", "deadline") and (len(title.split()) <= 2 and re.search(r"(?i)appl|entr|regist|submi|reserv|document|form|nominat|window", title)
                                                or _APPLICATIONS_TOLD.match(title) or _WHO_CAN_APPLY.match(title) or wanted and (
                                                    len(title.split()) > 8 or  # ("Applications for the academy opened on ...")
                                                    not title.startswith("Applications")
                                                    or _BOTH_OF_THEM.fullmatch(wanted.group(1)))):
        # "Applications can be made from ...": say what for, by a name in the sentence or the item's topic
        named = next((_quote_text(q) for q in _QUOTED.finditer(text) if len(_quote_text(q).split()) >= 2), None)
        if named is None and (wanted := _APPLYING_FOR.search(text)) and not _BOTH_OF_THEM.fullmatch(wanted.group(1)):
            named = _tidy(wanted.group(1))  # "applications for the kimchi sharing event until ..."
            words = _content_words(named)  # "for the book fair": the ‘Riverside Book Fair’ told before
            named = next((d.title for d in reversed(earlier) if words <= _content_words(d.title)), named)
        if named is None and (wanted := _WHO_NEED.search(text)):
            named = _tidy(wanted.group(1))  # "Residents who need a shuttle van on election day can apply by phone ..."
        if named is None and (wanted := _SIGN_UP_FOR.search(_sentence_text_before(doc_text, item, at))):
            named = _tidy(wanted.group(1))  # "residents can sign up for plots in the community gardens. Registration opens ..."
        # else what was told last before (applications follow what they are for): a happening, or a name
        # ("is recruiting 30 young people for the ‘Spring Youth Job Challenge’ ... Applications are accepted
        # from ..."), else the item's topic
        told = next((d for d in reversed(earlier) if d.kind == "event"), None)
        if told and (len(told.title.split()) <= 3 and told.title[1:] == told.title[1:].lower() or _TOLD_AS_CLAUSE.search(told.title)):
            # "Classes start", "Selected students will work at ...": no name, so the name told before it names both
            told = None
        since = told.mention.end_offset if told else item.start
        last_name = _last_name_between(doc_text, item, max(since, at - 1200), at)
        topic = named or last_name or (told and _PART_SUFFIX.sub("", told.title)) or _topic(item, doc_text)
        topic = topic and topic.removeprefix("Applications: ")
        head = "Applications" if re.search(r"(?i)appl", title) else "Registration" if re.search(r"(?i)(?<![\w-])registration", title) \
            else "Submissions" if re.search(r"(?i)submi", title) \
            else "Documents" if re.search(r"(?i)document", title) else "Nominations" if re.search(r"(?i)nominat", title) \
            else next(w for w in [*title.split(), title] if w.lower() not in _CONJUNCTIONS).capitalize()  # ("Entries: X")
        head = "Reservations" if head == "Reservation" else "Applications" if head == "Window" else head
        if who := _WHO_CAN_APPLY.match(title):
            # "Residents aged 65 to 74 ... have been able to make reservations since the 6th, and those aged 60 to 64 ...
            # can book from the 13th": reservations, for the group its clause names
            head = "Reservations" if re.search(r"(?i)reserv|\bbook\b", who.group()) else "Registration" \
                if re.search(r"(?i)regist|sign", who.group()) else "Applications"
            # (one of the groups the sentence names; or another group than the topic's: "COVID-19 vaccination for
            # residents aged 70 to 74 ... Residents aged 65 to 69 ... can book in the same way from the 13th")
            group = _AGED.search(_HOURS_CLAUSES.split(text[:rel])[-1])
            if topic and group and _AGED.search(topic):
                topic = re.sub(r"\s*\(born\s[^()]*\)", "", _AGED.sub(group.group(), topic, count=1))  # (not the other's years)
            elif topic and group and len(_AGED.findall(text)) > 1:
                topic = f"{topic} ({group.group()})"
        title = f"{head}: {topic}" if topic else title
    elif kind == "application" and not re.search(r"(?i)appl|recruit|regist|submi|entr", title):
        if taking := _IT_IS_TAKING.match(title):  # "It is accepting residents' proposals for its 2026 budget from the…"
            title = _tidy(_DATE_PREPOSITION_END.sub("", taking.group("what")))
        title = f"Applications: {title}"
    elif kind == "deadline" and (len(title.split()) > 6 or not _TAX_WORD.search(title)) and _PAY.search(text) \
            and (tax := _tax_of(text, doc_text, max(item.start, at - 1200), at)):
        title = f"Payment deadline: {tax}"  # "... notices for the 2022 regular license tax, ... to pay by the 28th"
    elif kind == "deadline" and (len(title.split()) <= 2 or _TOLD_AS_CLAUSE.search(title)) and not _TAX_WORD.search(title) \
            and (topic := _last_name_between(doc_text, item, _previous_sentence_start(item, at), at + rel)):
        # "... its ‘Community Needs Survey’ ..., and residents are asked to submit it by 6 p.m. on the 30th": of the
        # name told in the sentence or the one before
        title = f"Deadline: {topic}"
    elif kind == "event" and title == "Payment" and (tax := _tax_of(text, doc_text, max(item.start, at - 1200), at)):
        title = f"Payment period: {tax}"  # "has sent out 186,000 property tax bills ..., and the payment period runs ..."
    elif highlight := _HIGHLIGHT_NAMED.match(title):
        title = _tidy(highlight.group("name"))  # "The highlight, the tree lighting ceremony, will take place at 6 p.m."
    return title


def _tax_of(sentence: str, doc_text: str, lo: int, hi: int) -> str | None:
    """The tax a deadline's sentence names, or, when it names none of its kind ("if the tax is not paid"), the
    tax of its kind the sentences just before name ("the second installment of property tax")."""
    own = _TAX_NAMED.search(sentence)
    if own and _TAX_KIND.search(own.group(1)):
        return own.group(1)
    told = _tax_told(doc_text, lo, hi)
    return (told or own).group(1) if told or own else None


def _tax_told(text: str, lo: int, hi: int) -> re.Match | None:
    """The tax named last between lo and hi, by its kind if one is ("the annual prepayment of vehicle tax",
    not "the whole year's tax" told after it)."""
    named = list(_TAX_NAMED.finditer(text, lo, hi))
    return next((t for t in reversed(named) if _TAX_KIND.search(t.group(1))), named[-1] if named else None)


_TAX_WORD = re.compile(r"(?i)\btax(?:es)?\b")  # (the ‘Wetax’ website is no tax)
_TAX_KIND = re.compile(r"(?i)\b(?:automobile|vehicle|car|property|income|resident|registration|license|local|acquisition)\b")
_TAX_NAMED = re.compile(r"\b(?!(?:of|for|on|the|a|an|to|pay|paid|that|which|and|its|their)\s)((?:\d{4}\s+)?(?:[a-z][\w'’-]*\s+){0,4}tax(?:es)?)\b")
_PAY = re.compile(r"\bpa(?:y|id|yments?)\b", re.IGNORECASE)


_ANTECEDENT = re.compile(r"\b(?:the|a|an)\s+(?!\d)((?:(?!\b(?:that|will)\s)[^,;‘’'\"]){3,80}?)(?:\s*\([^)]{1,40}\))?,\s+which\s+(?:will\s+be|is|was)\s+"
                         r"(?:held|scheduled|planned|set)\s+(?:on|for)\s+(?:the\s+)?$")
_RECRUITING = re.compile(r"\b(?:recruit|select)(?:ing|s)?\s+(?P<t>[^,.;]{3,60}?)(?=\s+(?:for|to|from|until|who|with|at)\b|[,.;]|$)")
_SUBJECT = re.compile(r"\s*(?:The|This|An?(?!\s+(?:total|number)\b))\s+((?:[A-Za-z][\w'-]*\s+){1,3}(?:contest|competition|festival|program|programme|class|"
                      r"classes|course|courses|camp|fair|market|exhibition|tour|lecture|concert|academy|forum|walk|"
                      r"marathon|race|ceremony|campaign|internship|school)s?)\s+(?:is|are|will|opens|runs)\b")
_APPOSITION = re.compile(r"(?:,\s+(?:an?|the)\s+[^,.;]{0,50})?")
_HOURS_CLAUSES = re.compile(r",\s+(?:and|but|while)\s+|;\s+")
_WHEN_LEAD = re.compile(r"(?i)(?:and\s+|but\s+)?(?:on|at|in|during|from)\s+(?:the\s+)?(?:(?:morning|afternoon|evening|night)\s+of"
                        r"(?:\s+the)?\s*)?$")  # what is left of a phrase before its date: "and on the evening of"
_RESTRICTED = re.compile(r"\b(?=[cprtv])(?:traffic|roads?|parking|vehicles?|cars)\b[^.;]{0,80}?\b(?:controlled|restricted|closed|banned|blocked"
                         r"|not\s+be\s+allowed)\b",
                         re.IGNORECASE)  # ("vehicles will be banned from ... Willowbank-ro ... from 6 p.m. to 11 p.m.")
_SHUTTLE = re.compile(r"\bshuttle\s+bus(?:es)?\b|\b(?:bus(?:es)?|trains?|ferr(?:y|ies))\s+(?:will\s+)?(?:leave|depart|run)s?\s+every\s+\d+\s+minutes\b",
                      re.IGNORECASE)  # ("Buses leave every 20 minutes from ... between 9:30 a.m. and 9 p.m.")
# ("△Date: June 6 (Tue.) 9:50~11:00 △Shuttle: every 20 minutes from 8:30 a.m. at Exit 3": the service's, not a happening)
_SHUTTLE_FIELD = re.compile(rf"{FIELD_MARK}\s*Shuttles?(?:\s+bus(?:es)?)?\s*:[^{FIELD_BULLETS}]*$", re.IGNORECASE)
_TIMETABLE = re.compile(r"\W*The\s+(?:first|last)\s+(?:bus|train|ferry|shuttle)\b")  # ("The first bus leaves the station at 8:40 a.m.")
_FREE_SHUTTLE = re.compile(r"\bfree\s+shuttle", re.IGNORECASE)
_LEAVES_FROM = re.compile(r"\b(?:from|between|connecting)\s+(?:the\s+)?([A-Z][^,.;]{3,80}?)(?=\s+to\s|\s+and\s+the\s|,)")
_BEGIN_THE_WEEK = re.compile(r"\b(?:begins?|starts?|opens?)\s+(?:in\s+)?the\s+week\s+of\s+$")
_IF_WEATHER = re.compile(r"(?i)\W*(?:if|in\s+(?:the\s+)?(?:case|event)\s+of|should)\b[^,;]{0,40}?\b(?:rain|snow|storm|typhoon|weather|heat)")
_PROGRAM_MEETS = re.compile(r"(?i)(?:classes|sessions|lessons|lectures)\s+(?:meet|run|are\s+held|take\s+place|begin|start)\b")
_THE_CEREMONY_WILL = re.compile(r"\W*The\s+(?:ceremony|event)\s+will\b")
_PROGRAM_NOUNS = frozenset(["class", "classes", "course", "courses", "lecture", "lectures", "program", "programme", "session",
                            "sessions", "series", "challenge", "challenges", "campaign", "campaigns", "contest", "contests",
                            "competition", "competitions", "project", "projects"])
_SAY_NOTHING = frozenset(["giveaway", "distribution", "event", "program", "programme", "activity", "service", "work", "works",
                          "construction"])  # alone
_LAST_YEAR_OPENS = re.compile(r"\W*(?:Last\s+year|In\s+(?:19|20)\d\d),?\s")  # ("Last year, 1,200 people gathered ... on New Year's Day")
_BUT_NOW = re.compile(r"\b(?:but|this\s+year|now|however)\b", re.IGNORECASE)  # ("Last year it opened on Saturdays, but ...")
# ("Last year's festival on April 2", "moved up two hours from last year's 9 a.m.")
_LAST_YEARS = re.compile(r"\b[Ll]ast\s+year['’]s\s+(?:(?:[\w-]+\s+){1,4}?on\s+(?:the\s+)?)?$")
# a routine: "three times a day, at 9, 12 and 6", "is rung only twice a year, on Dec. 31 and on Liberation Day"
_TIMES_A_DAY = re.compile(r"\b(?:once|twice|\w+\s+times)\s+a\s+(?:day|year),?\s+(?:at\s+|on\s+)?(?:\d[\d:.apm\s]*(?:,|and)\s+)*$")
_ON_CONDITION = re.compile(r"(?i)\W*(?:if|whenever|when|on\s+days\s+when|in\s+case\s+of)\b")
_MUST_NOT = re.compile(r"\b(?:should|must|may|can)\s*(?:not|n['’]t)\b[^.;,]{0,50}$|\bcannot\b[^.;,]{0,50}$")
_MOVED_FROM = re.compile(r"\b(?:moved|changed|pushed\s+back|postponed|rescheduled|delayed)\s+from\s+\d")
_NAME_HELD_BEFORE = re.compile(r"\b(?:at|in|during)\s+the\s+(?P<name>(?:\d+(?:st|nd|rd|th)\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,8})"
                               r"\s+(?:held|hosted|staged)\s+(?:in\s+[A-Z][^,;]{2,30}?\s+)?(?:from|on|between)\s+(?:the\s+)?$")
_ELECTION_ON_BEFORE = re.compile(r"\bthe\s+(?P<name>(?:\d+(?:st|nd|rd|th)\s+)?(?:[A-Z][\w'’-]*\s+|presidential\s+|local\s+){1,5}"
                                 r"(?:[Ee]lection|[Bb]y-[Ee]lection))"
                                 r"\s+on\s+(?:the\s+)?$")
_ELECTION_AFTER = re.compile(r"\s+(?P<name>(?:(?:[A-Z][\w'’-]*|local|general|presidential|parliamentary)\s+){0,4}"
                             r"(?:[Ee]lection|[Bb]y-[Ee]lection))\b")
# ("On Arbor Day, April 5 (Fri.), the district will ...": the day's name and its date)
_LEADING_WHEN = re.compile(r"^On\s+[^,]{3,40},\s+(?:the\s+[^,]{3,40}?,\s+|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:\s*\([^()]{2,6}\))?,\s+)?")
# "the deadline has been pushed back to October 4", "if it is not paid by the deadline of the 31st"
_DEADLINE_MOVED = re.compile(r"\bdeadline\b[^.;]{0,30}?\b(?:pushed\s+back|extended|moved|postponed|changed)\s+(?:to|until)\s+$"
                             r"|\bby\s+the\s+deadline\s+(?:of|on)\s+(?:the\s+)?$")
_HELD_VERB = re.compile(r"\s+(?:will\s+be|is\s+(?:scheduled|set|planned)\s+to\s+be|is\s+to\s+be)\s+(?:held|hosted|staged|played)\b"
                        r"|\s+will\s+(?:take\s+place|follow)\b")  # ("The opening ceremony will follow at 7 p.m.")
_BEGAN_ON = re.compile(r"\s+(?:began|begins|started|starts|will\s+(?:start|begin))\s+(?:on|from)\s+(?:the\s+)?\d")
_ALL_OF_THEM = re.compile(r"\s*(?:All|Each|Every)\b")
_STARTS_AT = re.compile(r"\b(?:starts?|begins?|(?<=,\s)(?:starting|beginning)|kicks?\s+off|gets?\s+under\s?way|goes\s+off|gathers?|meets?|assembles?|"
                        r"departs?|sets?\s+off)\s+(?:(?:from|in\s+front\s+of|outside)\s+[^.,;]{3,60}?\s+)?at\s+$"
                        r"|\bleaves?\s+(?:from\s+)?[^.,;]{3,60}?\s+at\s+$")  # ("The bus leaves the Bus Terminal at 5 p.m.")
# ("Participants gather at 6 a.m. at the trailhead", "Participants depart from the county office square at 9 a.m.")
_PART = r"(round|session|term|semester|batch|group)"  # of a program run in parts: "the 1st round", "the 2nd session"
_PART_OF_SERIES = re.compile(rf"(?i)\b(\d(?:st|nd|rd|th)|first|second|third|fourth|fifth)\s+{_PART}\s*,?\s+"
                             r"(?:is\s+|will\s+be\s+(?:held\s+)?|runs\s+)?(?:for\s+\w+\s+weeks\s+)?(?:from|on)\s+(?:the\s+)?$")
# the title _PART_OF_SERIES gives, "Swimming Class (1st round)", and a part's field, "English Camp: Session 2"
_PART_SUFFIX = re.compile(rf"\s+\(\w+\s+{_PART}\)$|:\s+(?i:{PART_NOUNS})\s*\d{{1,2}}$")
_SUBJECT_GOES = re.compile(r"(?:The|This)\s+([a-z]+)\b[^.;]{0,120}?\bwill\s+(?:visit|tour|travel|go\s+around|stop\s+at)\b")
_CLOSED_SUBJECT = re.compile(r"(?:^|\bthat\s+|,\s+|\band\s+)(?:(?i:all)\s+(?:\w+\s+)?of\s+)?(?:(?i:the|its|their)\s+)?"
                             # ("The walking trail ..., where railings ... were swept away, have been closed since the 5th")
                             r"(?P<what>(?:[\w'’ -]|\.(?=\s\d)){3,80}?)(?:,\s+where\s[^,;.]{3,100},|,\s+which(?=\s+(?:has|have)\s+been\s+closed))?"
                             r"\s+(?:(?:will(?:,\s*however,)?\s+be|is|are|(?:has|have)\s+been)\s+(?:temporarily\s+|fully\s+)?closed"
                             r"|will\s+(?:then\s+|also\s+)?(?:temporarily\s+)?close)")
_DAYS_INCLUDED = re.compile(r",?\s*(?:including|excluding|except)\s+(?:on\s+)?(?:weekends|holidays|public\s+holidays|Sundays|Saturdays|Mondays)"
                            r"(?:\s+and\s+(?:public\s+)?holidays)?", re.IGNORECASE)
_BREAK_AFTER = re.compile(r"[^.;]{0,40}?\b(?:every\s+day|daily|each\s+day|for\s+(?:\w+\s+){0,2}(?:grooming|maintenance|cleaning|"
                          r"lunch|disinfection|break))\b", re.IGNORECASE)
_CLOSED_FROM_BEFORE = re.compile(r"\b(?:is|are|will\s+be)\s+(?:temporarily\s+)?closed\s+(?:from|between)\s+$", re.IGNORECASE)
_CLOSED_WORD = re.compile(r"\b(?:closed|closure)\b", re.IGNORECASE)
_WILL_CLOSE_NAMED = re.compile(r"\bwill\s+(?:temporarily\s+|fully\s+|partially\s+)?close\s+(?:the\s+)?"
                               r"(?:an?\s+[\d.,]+\s*k?m\s+(?:stretch|section)\s+of\s+(?:the\s+)?)?"  # ("a 2.4 km stretch of the coastal road")
                               r"(?P<what>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*(?:\s+\d+\b)?|(?<=of\s)(?:the\s+)?[a-z]+\s+road)")
_CLOSED_UNTIL_DATE = re.compile(r"(?:\s+(?:for\s+[^,.;]{3,40}?|again))?\s+(?:from|on|between|until|through|since)\s+(?:the\s+)?")
_CLOSED_TO_TRAFFIC = re.compile(r"(?:^|\bthat\s+|,\s+(?:so\s+)?)(?:(?i:the)\s+)?(?P<what>[^,;]{3,120}?)\s+will\s+be\s+(?:temporarily\s+)?"
                                r"closed\s+to\s+(?:all\s+)?(?:vehicles|vehicle\s+traffic|traffic|cars)\b")
_KOREAN_ROAD = r"[A-Z][a-z]+-(?:ro|gil|daero)"  # "Crowhaven-ro", "Corrigan-daero"
_ROAD_NAME = rf"{_KOREAN_ROAD}|(?:[A-Z][\w'’-]+\s+){{1,2}}(?:Road|Street|Avenue|Bridge)"
_PART_OF_ROAD = re.compile(r"\b(?:lanes?|section|stretch)\b(?!.*[A-Z])")
_SECTION_OF = re.compile(rf"\b(?:section|stretch|part|lanes)\s+of\s+(?:the\s+)?({_ROAD_NAME})\b")
_CLOSED_NIGHTLY = re.compile(r"\s+(?:every|each)\s+(?:night|evening)\s+(?:from|between)\s|\s+(?:from|between)\s+\d{1,2}(?::\d\d)?\s*[ap]\.?m\b")
# ("A lighting ceremony will open the festival ...", "A fireworks show over the lake will close the fair ...")
_OPENS_THE_FESTIVAL = re.compile(r"\s*(?:An?|The)\s+((?:[\w'’-]+\s+){0,3}(?:ceremony|concert|show|display|parade|performance|"
                                 r"party|gala))\s+(?:[^,.;]{0,40}?\s+)?(?:will\s+)?(?:open|close|wrap\s+up|kick\s+off|end|"
                                 r"cap|conclude)s?\s+(?:off\s+)?(?:the|this\s+year['’]s|its)\s+\w+")
_SUBJECT_OPENS_WITH = re.compile(r"(?:The|This)\s+([a-z]+)\s+(?:will\s+)?(?:opens?|begins?|starts?|kicks?\s+off)\s+with\b")
_MEDIUM_BEFORE = re.compile(r"\b(?:platform|website|site|app|application|channel|account|homepage|portal|(?:author|writer)\s+of)\s+$",
                            re.IGNORECASE)
_DASH_ASIDE = re.compile(r"\s[―—]\s[^―—]{1,120}?\s[―—](?=\s)")
# A group told by the clause that gives its start: "..., and those aged 70 to 74 (born 1948~1952) from the 17th",
# ": residents aged 75 and older have been able to get vaccinated since yesterday (15th)"
_GROUP_FROM = re.compile(  # ("..., followed by those aged 70 to 74 from the 20th and those aged 65 to 69 from the 22nd")
    r"(?:^|,?\s+followed\s+by\s+|[,;:]\s*(?:and\s+)?|\s+and\s+(?=those\s))"
    r"(?P<who>(?:[\w-]+\s+){0,4}?(?:aged|over|under|older|born)\b(?:(?!\bfrom\s)[^,;:]){0,60}?)"
    r"\s+(?:(?:can|may|will|have\s+been\s+able\s+to)\s+(?:[a-z]+\s+){1,3}?|(?:are|is)\s+first\s+in\s+line\s+"
    r"|(?:became|become|becomes|are|is)\s+eligible\s+)?"
    r"(?:from|starting(?:\s+on)?|since|on)\s+"
    r"(?:yesterday\s+\(|today\s+\()?(?:the\s+)?$")
_GETS_SERVICE = re.compile(r"\b(?:can|may|able\s+to)\s+(?:be|get)\s+(?:vaccinated|inoculated|screened|tested|examined)\b"
                           r"|\bfirst\s+in\s+line\b"  # ("those aged 75 or older are first in line from October 15")
                           r"|\b(?:become|became|becomes|are|is)\s+eligible\b")  # ("Seniors aged 75 or older became eligible on the 11th")
_GROUP_FIELD = re.compile(rf"[{FIELD_BULLETS}]\s*(?P<who>(?:Born|Aged|(?:Those|Children|Seniors|Adults|Infants|Residents|Students|Pregnant\s+women"
                          rf"|Voters|Patients)\s+(?:aged|born|who|under|over|confirmed|in)\b)[^:\n△▲]{{2,60}}?)\s*:")  # ("△Seniors aged 75 or older: from Oct. 12")
_WHO_CAN = re.compile(r"([A-Z](?:[^,(]|\([^()]*\)){2,100}?)\s+(?:can|may)\s+(?:be\s+(?:vaccinated|inoculated|screened|tested|examined|treated|admitted|served|\w+ed\s+free)|get|receive)\b")
_PARENS = re.compile(r"\s*\([^()]*\)")
_CONJUNCTIONS = frozenset(["and", "but", "also", "then", "the"])  # ("and registration opens ...": "Registration")
# a line of a list of days, each with its hours and place ("△Sept. 19 (Fri.) 14:00~17:00, Saltmere-dong Community
# Service Center (2nd-floor meeting room)"): the days of a happening named before, each where it is held
# a schedule's line that names where, then when: "△Fernleigh-myeon and Stonebridge-myeon: every Monday"
_TOWN = r"[A-Z][\w'’]*(?:\s+\d)?-(?:eup|myeon|dong|ri)"
_PLACE_ENTRY = re.compile(rf"\s*{FIELD_MARK}\s*(?P<place>{_TOWN}(?:\s*(?:,|and|·)\s*{_TOWN})*)\s*:")
_HOURS_FIELD = re.compile(rf"\s*{FIELD_MARK}\s*(?:Hours|Time|Operating\s+hours|Opening\s+hours)\s*:", re.IGNORECASE)
_FOLLOWING_SCHEDULE = re.compile(r"\b(?:on|according\s+to|under|by)\s+the\s+following\s+(?:schedule|timetable|dates)\b|\bas\s+follows\b",
                                 re.IGNORECASE)
_DATED_ENTRY_START = re.compile(rf"\s*[{FIELD_BULLETS}]\s*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d"
                                r"|\d{1,2}(?:st|nd|rd|th)\s*\((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun))")  # ("△13th (Mon): Cedarbank-dong")
# (a place after the day, with or without a comma: "△May 20 (Tue.) Aldermoor-dong Community Service Center, 3rd-floor hall")
_DATED_ENTRY = re.compile(r"\s*(?::\s*|,?\s*(?=[A-Z]))(?P<place>[A-Za-z][^;\n]{3,120}?)\s*$")
# a field of a notice's details: "▲ Date: ...", "▲How to apply: ...", "▲1st session: ...", "▲Course 1 (Fruit trees): ..."
_FIELD = re.compile(rf"{FIELD_MARK}\s*((?:\d{{1,2}}(?:st|nd|rd|th)\s+)?[A-Za-z]+(?:-[a-z]+)?(?:\s+(?:[a-z]+|&\s*[A-Za-z]+)){{0,4}}"
                    r"(?:\s+\d{1,2})?(?:\s*\([^()]{1,80}\))?)\s*:")
_ENTRY = re.compile(rf"{FIELD_MARK}\s*(?P<label>[A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){{2,9}})\s*:[ \t]*")
_FIELD_WORDS = re.compile(r"(?i)(?<![\w-])(?:date|dates|time|times|period|schedule|venue|place|location|hours|deadline|apply"
                          r"|application|registration|target|eligibility|fee|fees|payment|contact|inquiries|details|who|how|when"
                          r"|where)(?![\w-])")
_HAPPENING_WORDS = re.compile(r"(?i)(?<![\w-])(?:lecture|briefing|counseling|class|course|session|tour|fair|festival|market|concert"
                              r"|ceremony|exhibition|contest|competition|workshop|camp|program|programme|screening|performance|talk"
                              r"|desk|clinic|consultation|seminar|forum|hearing|walk|race|marathon|renewal|applications|committee)(?![\w-])")


def _last_entry(text: str, rel: int) -> str | None:
    """The name of the entry a date opens, "△One-on-one admissions counseling: Dec. 12 (Mon.) ~ 23 (Fri.)", when it
    names a happening and not a field of one ("△Application period: ...")."""
    entry = None
    for entry in _ENTRY.finditer(text, 0, rel):
        pass
    if entry is None or entry.end() != rel or _FIELD_WORDS.search(entry.group("label")) \
            or not _HAPPENING_WORDS.search(entry.group("label")):
        return None
    return entry.group("label")


_NUMBERED_PART_FIELD = re.compile(rf"\s*{FIELD_MARK}\s*{NUMBERED_PART_LABEL}")
_NAMED_FIELD = re.compile(rf"\s*{FIELD_MARK}\s*([A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|and|of|on|for|&)){{0,6}}\s+"
                          r"(?:Committee|Commission|Subcommittee|Session|Course|Class|Tour|Camp|Festival|Concert|Exhibition|"
                          r"Forum|Lecture|Workshop|Contest|Competition))\s*:")
_ORDINAL_SUBJECT = re.compile(r"\s*The\s+(?:first|second|third|fourth|fifth|last|final)\s*(?:,|will\b|is\b|was\b)")
_COUNTED_NOUNS = re.compile(r"\b(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|\d)\s+(?P<what>(?:[‘'\"“][^’'\"”]{2,40}[’'\"”]\s+)?(?:[a-z-]+\s+){0,2}"
                            r"[a-z]+s)\s+(?:will|are|were|have|had)\b")
_SLASHED_PART = re.compile(rf"/\s*((?:{PART_NOUNS})\s*\d{{1,2}})\s*:", re.IGNORECASE)
_PART_LABEL = re.compile(rf"(?:\d{{1,2}}(?:st|nd|rd|th)\s+\w|(?:{PART_NOUNS})\s*\d"
                         r"|\w+\s+(?:ceremony|concert|parade|performance|class|session|course)$)", re.IGNORECASE)  # ("△Lighting ceremony: May 12 (Fri.) 7 p.m.")
# a named place that opens a sentence as its subject: "The Hill Tourist Information Center at the terminal will ..."
_ITS_HOURS = re.compile(r"(?:(?:its|their)\s+)?(?:opening\s+|operating\s+|business\s+)?hours", re.IGNORECASE)
_PLACE_SUBJECT = re.compile(r"(?:[Tt]he\s+)?((?:[A-Z][\w'’-]+\s+){1,5}(?:Center|Centre|Library|Museum|Hall|Gallery|Pool|Rink))"
                            r"(?:\s+(?:at|in|on)\s+(?:the\s+)?[^,]{3,60}?)?\s+will\s+(?:also\s+)?(?:extend|open|stay|remain|operate|run)\b")
_KEPT_OPEN = re.compile(r"(?:(?:Since|From|Starting)\s+[^,]{3,30},\s+)?(?:[Tt]he|[Ii]ts)\s+([a-z]+)\s+(?:has\s+been|is|will\s+be|"
                        r"will\s+stay|will\s+remain|stays|remains)\s+open\b")
_SUBJECT_KEPT_OPEN = re.compile(r"(?:[Tt]he|[Ii]ts)\s+(?P<what>[^,;]{3,80}?)\s+(?:has\s+been|will\s+stay|will\s+remain)\s+open\b")
_EXTENDS_HOURS = re.compile(r"\b(?:extend|extends|extending|extended)\s+(?:its|their|the)\s+(?:opening\s+|operating\s+)?hours\b"
                            r"|\bopen\s+(?:an?|one|two|three|four|\d)\s+hours?\s+longer\b")
_TOLD_AS_CLAUSE = re.compile(r"\b(?:will|would|can|are|is|was|were)\s")
# a title that only says applications are taken ("Applications are being accepted on the website from ...")
# what names nothing by itself: "applications for both programs are accepted from ..."
_BOTH_OF_THEM = re.compile(r"(?i)(?:both|these|all|each|the|those)\s+(?:two\s+|three\s+)?(?:programs?|programmes?|classes|"
                           r"courses?|events?|camps?|sessions?)")
_APPLICATIONS_TOLD = re.compile(r"(?i)(?:applications?|entries|registrations?|reservations?|sign[- ]?ups?)\s+(?:are|is|will|can|may|must|"
                                r"opened|open|opens|close|closes|began|started|run|runs)\b"
                                r"|[^,.]{0,60}?\b(?:can|may|must|should)\s+(?:apply|be\s+submitted)\b")


# a work shown at a screening: "the animated film ‘The Little Ferryman’", "the Korean comedy ‘Grandma's Orchard’"
_WORK_SHOWN = re.compile(r"\b(?:film|movie|animation|documentary|comedy|drama|feature)\s+[‘'\"“](?P<work>[^\n]{2,60}?)[’'\"”](?!\w)",
                         re.IGNORECASE)
_SCREENINGS = re.compile(r"(?i)\b(?:cinema|film|movie|screening)s?\b")


# a title made of date words only ("This coming Saturday", "9th through the 11th", "10 a"), which names nothing
_DATE_ONLY = re.compile(  # (a notice's date field alone, "△Period: Jan. 6?17", names nothing either)
    r"(?i)(?:\W*(?:period|dates?|schedule|when|duration)\s*:)?(?:[\s,.:~–?-]*(?:this|next|last|coming|the|on|of|through|to|and|from|until|a\.?m|p\.?m|a|p|\d{1,2}(?:st|nd|rd|th)?"
    r"|\d{1,2}:\d\d|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|mon\w*|tue\w*"
    r"|wed\w*|thu\w*|fri\w*|sat\w*|sun\w*|today|tomorrow|tonight|weekend|week)\b)+[\s.]*")
# a name of two words or more in the sentence, ending with what a happening or its place is called
_NAME_IN_SENTENCE = re.compile(r"\b(?:(?:[A-Z][\w'’.-]*|&)\s+){1,6}(?:Festival|Rink|Market|Fair|Exhibition|Concert|Show|Expo|"
                               r"Camp|Cinema|Pool|Garden|Park|Library|Museum|Hall|Tour|Walk|Race|Marathon|Contest|Forum)\b")


def _named_before_as_the(doc_text: str, item: Item, sentence: Sentence, stext: str) -> str | None:
    """The name told before in the item whose last word the sentence uses as "the market", "the festival"."""
    for q in reversed(_quotes_in(doc_text, item, item.start, sentence.start)):
        name = _quote_text(q)
        head = name.split()[-1] if name.split() else ""
        if len(name.split()) >= 2 and head.isalpha() and re.search(rf"(?i)\bthe\s+{re.escape(head)}\b", stext):
            return _tidy(name)
    return None


_A_VOTE = re.compile(r"(?i)(?:[\w'’-]+\s+)?(?:vote|voting|ballot)")
_VOTE_FOR = re.compile(r"\bfor\s+(?:the\s+|its\s+)?((?:\d{4}\s+)?(?:[\w'’-]+\s+){0,4}budget)\b", re.IGNORECASE)
# a line of a programme, its day as the label: "- 22nd (Fri): Opening ceremony at 2 p.m., ...", "Day 2 (June 1): ..."
_DAY_LABEL = re.compile(rf"(?:[-{ANY_BULLET}]\s*)?(?:\d{{1,2}}(?:st|nd|rd|th)|(?i:day)\s+\d)\s*(?:\([^()]{{1,20}}\))?\s*:\s*"
                        r"(?:(?i:the)\s+)?(?P<what>[^,;(]{3,80}?)(?=\s+(?:at|from|on|will|begins?|starts?|opens?|is|are)\b|[,;(]|$)")
_ONE_WORD = re.compile(r"[A-Z][a-z]+")
_DOINGS = frozenset(["Deliveries", "Visits", "Screenings", "Performances", "Tours", "Sessions", "Classes", "Lessons", "Lectures"])
# a step of something the item names, which a title of that one word leaves unsaid
_STEP_OF_SOMETHING = re.compile(r"(?:Interviews?|Orientation|Briefing|Training|Consultations?|Screening|Hearing|Exam|Test"
                                r"|Auditions?|Rehearsal)")
_SESSION_OF_SOMETHING = re.compile(r"(?:Night|Evening|Morning|Afternoon|Weekend|Extra|Additional|Special)\s+sessions?")
# a name of two to six capitalized words, the last of which a later sentence may use alone
_CAPITALIZED_NAME = re.compile(r"\b(?!(?:The|This|That|An?|Its|Their|On|In|At)\s)(?:[A-Z][\w'’-]*\s+){1,5}[A-Z][a-z]+\b")


# what a step of something is about, when the sentence says it ("a briefing on election law for ...")
_ABOUT = re.compile(r"(?i)\b([a-z]+)\s+(?:on|about|regarding)\s+(?!the\b)[^,.;]{3,60}?(?=\s+(?:for|on|at|in|to|from|by|with|"
                    r"will|was|is)\b|[,.;]|$)")


def _name_told_before(doc_text: str, item: Item, before: int, word: str) -> str | None:
    """The latest name of the item, before `before`, whose last word is the title's one word ("Love Gift
    Certificates" for "The certificates", "Riverside Night Market" for "The market")."""
    head = word.lower().removesuffix("s")
    names = [_quote_text(q) for q in _quotes_in(doc_text, item, item.start, before)]
    names += [n.group() for n in _CAPITALIZED_NAME.finditer(doc_text, item.start, before)]
    # (the last told, and of names ending there the longest: "Saltbrook Old Port Night Market", not "Old Port Night Market")
    found = [(doc_text.rfind(n, item.start, before) + len(n), len(n), n) for n in names
             if len(n.split()) >= 2 and n.split()[-1].lower().removesuffix("s") == head]
    return _tidy(max(found)[2]) if found else None


def _screenings_named(doc_text: str, item: Item, before: int) -> str | None:
    """The screenings the item named before (‘Summer Night Riverside Cinema’), of which each film is a showing."""
    return next((_quoted_title(q) for q in reversed(_quotes_in(doc_text, item, item.start, before))
                 if _SCREENINGS.search(_quote_text(q))), None)


def _quotes_in(doc_text: str, item: Item, lo: int, hi: int) -> list[re.Match]:
    """The quoted names of the item that open between lo and hi."""
    # (scanned from the item's start: a scan from inside a name would pair its closing quote with the next one)
    return [q for q in _QUOTED.finditer(doc_text, item.start, hi) if q.start() >= lo]


# "is launching a repair cafe where ...", "will offer summer swim lessons for children": a happening named by
# common words, which a later sentence calls "The cafe" or "Classes"
# ("will hold", "is launching": what a district puts on)
_PUTS_ON = (r"will\s+(?:also\s+|again\s+)?(?:offer|run|hold|host|open|launch|stage|organize|provide|conduct)"
            r"|(?:is|are)\s+(?:launching|opening|offering|running|holding|hosting|organizing)")
_COMMON_NAME_LEAD = (rf"\b(?:an?|its|their|{_PUTS_ON})\s+(?:(?:new|free|special)\s+)?"
                     r"(?P<name>(?:(?!(?:first|same|such|other|another)\b)"
                     r"[a-z][a-z'’-]+\s+){1,6}?")  # ("a free blood pressure and blood sugar screening booth")
_LESSONS = frozenset(["lesson", "workshop", "school"])  # what else the class of a later sentence may have been called


@cache
def _common_name(heads: frozenset[str]) -> re.Pattern:
    return re.compile(_COMMON_NAME_LEAD + r"(?:" + "|".join(sorted(map(re.escape, heads))) + r")(?:e?s)?)\b")


def _common_name_before(doc_text: str, item: Item, at: int, heads: set[str] | frozenset[str]) -> str | None:
    """The last happening of the item named by common words ending in one of `heads` (singular) before
    offset `at` ("a repair cafe"): more than the head alone says."""
    found = list(_common_name(frozenset(_singular(h) for h in heads)).finditer(doc_text, max(item.start, at - 600), at))
    return _tidy(found[-1].group("name")) if found else None


_ROAD_NAMED = re.compile(rf"\b({_ROAD_NAME})\b"
                         r"(?!\s+[A-Z])")  # (not a word of a name: "Tollcross Street Food Fair")
_PRONOUN_OPENS = re.compile(r"(?:It|it|They|they)\s+(?:will|is|are|can|opens?|runs?|starts?|begins?)\b")
_SPAN_LEAD = re.compile(r"(?:From|Until|Starting|Beginning|During)\s[^,]{3,60},\s+")  # ("From the 16th to July 4, it ...")
# the subject of a sentence that tells what a place will do: "the youth study café on the 2nd floor of ... will extend"
def _subject_told_before(doc_text: str, item: Item, at: int) -> str | None:
    """The common noun that "it" stands for: the subject of the sentences before, back past those that say "It ..."
    ("The library, built with 9.8 billion won, holds 42,000 books. It features ... It will open on the 25th")."""
    for _ in range(3):
        before = _previous_sentence(item, at)
        if before is None:
            return None
        if subject := _SENTENCE_SUBJECT.match(doc_text, before.start, before.end):
            return subject.group(1)
        if not _PRONOUN_SUBJECT.match(doc_text, before.start, before.end):
            return None
        at = before.start
    return None


_PRONOUN_SUBJECT = re.compile(r"\s*(?:It|They)\s")
_SENTENCE_SUBJECT = re.compile(r"\s*The\s+([a-z]+)\b(?=,|\s+(?:is|was|will|has|holds|opened|opens))")
_OPEN_VERB = re.compile(r"\s+(?:will\s+)?(?:re)?opens?\b")
_SUBJECT_WILL = re.compile(r"(?:^|,\s+)(?:[Tt]he|[Ii]ts)\s+(?P<name>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}?)"
                           r"(?:\s+(?:on|at|in|of)\s+[^,]{1,80}?)?\s+will\s+(?:extend|open|operate|run|stay|remain|close)\b")
_HOLDS_A = re.compile(rf"\b(?:{_PUTS_ON})\s+(?:(?:an?|the|its|their)\s+|(?=free\s))(?P<name>(?:[\w'’-]+\s+){{0,5}}?[\w'’-]+?)"
                      r"(?=\s+(?:for|on|at|in|to|from|with|where|which|that|this|next|starting)\b|[,.;]|$)")
_SIGN_UP_FOR = re.compile(r"\b(?:sign\s+up|register|apply|enroll)\s+for\s+(?:a\s+|an\s+|the\s+)?([^,.;(]{3,80}?)(?=\s+(?:by|from|until|on|at|"
                          r"through|online|starting|beginning)\b|[,.;(]|$)", re.IGNORECASE)


def _previous_sentence(item: Item, at: int) -> Sentence | None:
    """The item's sentence before the one holding offset `at` (None for its first)."""
    i = bisect.bisect_right(item.sentence_starts, at) - 1
    return item.sentences[i - 1] if i >= 1 else None


def _sentence_text_before(doc_text: str, item: Item, at: int) -> str:
    previous = _previous_sentence(item, at)
    return previous.text_of(doc_text) if previous is not None else ""


def _named_just_before(doc_text: str, item: Item, at: int, holding: re.Pattern | None = None) -> str | None:
    """The last quoted name (two words or more) of the sentence just before offset `at`; with `holding`, the last
    one that pattern finds in."""
    if (previous := _previous_sentence(item, at)) is None:
        return None
    names = [_quote_text(q) for q in _quotes_in(doc_text, item, previous.start, previous.end)
             if not _THEME_BEFORE.search(doc_text, max(0, q.start() - 20), q.start())]
    names = [n for n in names if len(n.split()) >= 2 and (holding is None or holding.search(n))]
    # (a name before a term quoted in lower case: "to build a 'digital creative space' on the 3rd floor")
    names = [n for n in names if not n.islower()] or names
    return _tidy(names[-1], quoted=True) if names else None


def _name_field_before(doc_text: str, item: Item, at: int) -> str | None:
    """The name a notice's field gives just before: "○ Event: 2024 Clean Air Fare-Free Day ○ Date: Aug. 3 (Sat.)",
    or the field that opens with it: "△Clean Air Shelters: 38 senior centers ... △Period: the 16th ~ May 31"."""
    if (previous := _previous_sentence(item, at)) is None or at - previous.start > 200:
        return None
    if field := _NAME_FIELD.match(doc_text, previous.start, previous.end):
        return _tidy(field.group("name"))
    label = _NAME_LABEL.match(doc_text, previous.start, previous.end)
    if label is None or _FIELD_WORDS.search(label.group("name")):
        return None
    # (its full name, quoted before: "will light up the 'Lotus Lantern Street'. ... △Lantern Street: 1.5 km of ...")
    words = _content_words(label.group("name"))
    return next((_quoted_title(q) for q in reversed(_quotes_in(doc_text, item, at - 1200, at))
                 if words <= _content_words(_quote_text(q))), label.group("name"))


_NAME_FIELD = re.compile(rf"\s*[{FIELD_BULLETS}]\s*(?:Event|Name|Title|Program|Programme)\s*:\s*(?P<name>[^\n]{{3,100}}?)\s*$")
_NAME_LABEL = re.compile(rf"\s*[{FIELD_BULLETS}]\s*(?P<name>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|for|and|the|&)){{1,6}})\s*:")
_THEME_BEFORE = re.compile(r"\b(?:theme|themed|slogan|motto)\s+(?:of\s+)?$", re.IGNORECASE)  # ("under the theme ‘...’": no name)


def _quoted_in_paragraph(doc_text: str, item: Item, at: int) -> str | None:
    """The last quoted name told earlier in the paragraph of offset `at`: "... for its free ‘Healthy Heart’
    checkup program. ... Selected applicants will be checked on February 11 and 12"."""
    paragraph = max(item.start, doc_text.rfind("\n", 0, at) + 1)
    names = list(_quotes_in(doc_text, item, paragraph, at))
    return _quoted_title(names[-1]) if names else None


def _opener_just_before(doc_text: str, item: Item, at: int) -> str | None:
    """The named place the sentence just before offset `at` says will open: "... announced on the 1st that Gullhaven
    Beach will open on the 27th (Fri)." (above the notice's "△Period: June 27 (Fri.) ~ Aug. 24 (Sun.)")."""
    opens = _NAMED_WILL_OPEN.search(_sentence_text_before(doc_text, item, at))
    return opens.group("name") if opens else None


_NAMED_WILL_OPEN = re.compile(r"\bthat\s+(?:the\s+)?(?P<name>(?:[A-Z][\w'’-]*\s+){0,5}[A-Z][\w'’-]*)\s+will\s+(?:re)?open\b")


def _held_just_before(doc_text: str, item: Item, at: int) -> str | None:
    """What the sentence just before offset `at` says will be held: "The city will also hold a Chuseok sharing
    market in the City Hall lobby." (above the notice's "▲Date & Time: ...")."""
    held = _HOLDS_A.search(_sentence_text_before(doc_text, item, at))
    return _tidy(held.group("name")) if held else None


def _previous_sentence_start(item: Item, at: int) -> int:
    before = _previous_sentence(item, at)
    return before.start if before is not None else item.start


_ACTIVITY_FIELD_BEFORE = re.compile(rf"{FIELD_MARK}\s*(?:Programs?|Contents|Activities|Details)\s*:[^{FIELD_BULLETS}\n]*$")


def _last_name_between(doc_text: str, item: Item, lo: int, hi: int) -> str | None:
    """The last name in the item's text between lo and hi: a quoted name of two words or more, or what a
    sentence is about ("The calligraphy contest is open to students ...")."""
    names = [(q.start(), _quote_text(q), True) for q in _quotes_in(doc_text, item, lo, hi)]
    names = [(at, n, quoted) for at, n, quoted in names if len(n.split()) >= 2 and not (
        n.islower() and _ACTIVITY_FIELD_BEFORE.search(doc_text, doc_text.rfind("\n", 0, at) + 1, at))]  # ("△Program: ..., making a 'my own book'")
    names = [x for x in names if not x[1].islower()] or names  # (a name before a term quoted in lower case)
    names += [(s.start, subject.group(1), False) for s in item.sentences if lo <= s.start < hi
              and (subject := _SUBJECT.match(doc_text, s.start, s.end))]
    return _tidy(*max(names)[1:]) if names else None


# a clause whose plural subject starts or ends something in the present: ", and classes start June 12"
_PLURAL_STARTS = r"(?:[\w-]+\s+){0,2}?[a-z]+s\s+(?:start|begin|open|run|meet|close|end)\b"
_AND_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s+(?=(?:[\w-]+\s+){1,5}?(?:will|would|can|are|is|was|were|have|has)\b"
                         rf"|{_PLURAL_STARTS})|;\s+"
                         r"|,\s+(?=(?:where|which|who)\s)")  # ("held the job fair on the 27th, where 40 companies recruited")
_CLAUSE_BREAK = re.compile(r",\s+(?:and|but|while|whereas)\s+(?=the\s|an?\s|its\s|(?:[\w-]+\s+){1,3}?(?:will|would|can|are|is|was|were)\b"
                           rf"|{_PLURAL_STARTS})|;\s+"
                           r"|,\s+followed\s+by\s+")
# A span of hours written as one ("1 p.m. to 3 p.m.", "13:00-15:00"), not a time on one day to a time on another
_CLOCK_RANGE = re.compile(r"\b(?:from|between)\s+\d{1,2}(?::\d\d)?\s*(?:[ap]\.?\s?m\.?)?\s*(?:to|-|–|~|and)\s*\d{1,2}(?::\d\d)?\s*[ap]\.?\s?m\b"
                          r"|\b\d{1,2}(?::\d\d)?\s*[ap]\.?\s?m\.?\s*(?:to|-|–|~)\s*\d{1,2}(?::\d\d)?\s*[ap]\.?\s?m\b"
                          r"|\b\d\d:\d\d\s*(?:to|-|–|~)\s*\d\d:\d\d", re.IGNORECASE)
# ("the 25th to the 27th, 9:00~18:00": a happening's hours on each day; an application period keeps office hours whole)
_CLOCK_WRITTEN = re.compile(r"\d:\d\d|\d\s*[ap]\.?\s?m\b|\bnoon\b|\bmidnight\b", re.IGNORECASE)
_WEEKDAYS_TOLD = re.compile(r"\bweekdays\b", re.IGNORECASE)  # ("Period: Feb. 19 ~ March 29, weekdays 9:00~17:00": a service's)
_SHORT_CLOCK_RANGE = re.compile(r"\b\d:\d\d\s*(?:to|-|–|~)\s*\d{1,2}:\d\d")
_STREAM_WORD = re.compile(r"(?=[sSbBaA])(?:[sS]tream|[bB]roadcast|[aA]ired)")
_STREAMED = re.compile(r"\b(?:streamed|broadcast|aired|livestreamed)\b[^.]*\b(?:live|online|YouTube|channel|Zoom)\b", re.IGNORECASE)
_NAMED_DAY_APPOSED = re.compile(r"(?:[A-Z][\w'’]*\s+){0,3}(?:Day|Eve)\s*,\s*$")
_LIST_HEAD = re.compile(r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\s+and\s+$)"  # ("on Nov. 27 and 28")
                        r"|(?:(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?(?:\s*[~–-]\s*\d{1,2}(?:st|nd|rd|th)?)?\s*(?:\([^()]{1,60}\)\s*)?(?:,\s*(?:and\s+)?|and\s+)(?:on\s+)?)+$")
_DAY_NAMED_BEFORE = re.compile(r"\b[A-Z][\w'’]+\s+Day\s*\(\s*$")  # "to mark the 76th Arbor Day (April 5)": the day's date
_FORECAST_BEFORE = re.compile(r"\b(?:predict|forecast|expect|project|estimat)\w*\b[^.;]{0,80}?\b(?:around|about)\s+(?:the\s+)?$",
                              re.IGNORECASE)
_WEATHER_WORD = re.compile(r"(?i)\b(?:rain|downpour|snow|storm|typhoon|flood|fire|earthquake|heat\s+wave|temperature|degrees|high|low|"
                           r"bloom|blossom)")
_WEATHER_BEFORE = re.compile(r"\b(?:rain|snow|storm|typhoon|flood|fire|earthquake|heat\s+wave)\w*\b(?:[^.;]|(?<=No)\.){0,40}?\b(?:struck|hit|"
                             # (not "... when snow fell overnight, will now be held on the 22nd": what happens next)
                             r"fell|poured|dumped|brought|occurred|broke\s+out|swept)\b(?:(?!\b(?:will|would|be)\b)[^.;]){0,60}?\b(?:on|from)\s+(?:the\s+)?$"
                             # ("The daytime high reached 9 degrees Celsius on the 14th")
                             r"|\b(?:temperatures?|(?:daytime|morning|daily)\s+(?:high|low)s?)\b[^.;]{0,40}?\b(?:reached|hit|fell|rose|dropped"
                             r"|climbed|soared|plunged)\b(?:[^.;]|\.(?=\d)){0,40}?\bon\s+(?:the\s+)?$"  # ("reached 37.4 degrees on the 3rd")
                             r"|\b(?:it\s+)?(?:rained|snowed|stormed)\s+(?:heavily\s+)?(?:on|from)\s+(?:the\s+)?$"
                             # ("The trees began blooming on the 29th of last month": what the season did)
                             r"|\b(?:began|started)\s+(?:to\s+bloom|blooming|to\s+blossom)\s+(?:on|from)\s+(?:the\s+)?$"
                             r"|\b(?:bloomed|blossomed)\s+(?:on|from)\s+(?:the\s+)?$"
                             # ("the blossoms, which began opening on March 28, ...")
                             r"|\b(?:blossoms?|flowers?|buds?)\b[^.;]{0,40}?\b(?:began|started)\s+(?:to\s+open|opening)\s+(?:on|from)\s+(?:the\s+)?$"
                             # ("a typhoon is forecast to bring heavy rain to the region on the 29th and 30th")
                             r"|\b(?:rain|snow|storm|typhoon|heat\s+wave|cold\s+wave)\w*\b[^.;]{0,40}?\b(?:is|are)\s+(?:forecast|expected|predicted)"
                             r"\s+to\s+(?:bring|hit|reach|affect|sweep)\b[^.;]{0,100}?\b(?:on|from)\s+(?:the\s+)?$"
                             # ("After the record downpour of the 8th and 9th, ...": the disaster, named by its days)
                             r"|\b(?:downpours?|rainfall|(?:heavy\s+|torrential\s+)rains?|floods?|flooding|typhoon|storm|earthquake)"
                             r"\s+(?:of|on)\s+(?:the\s+)?$", re.IGNORECASE)
_CANCELED_WHICH_BEFORE = re.compile(
    r"\b(?:cancel\w*|call\w*\s+off|scrap\w*)\s[^;]{0,120}?,\s+which\s+(?:was|were|had\s+been)\s+(?:to\s+be|scheduled|"
    r"planned|set)\b[^;,]{0,80}?\b(?:on|for|from|between)\s+(?:the\s+)?$", re.IGNORECASE)
# ("its Public Health Center, normally open from 9 a.m. to 6 p.m. on weekdays, will extend its hours ...": the usual hours)
_NO_HAPPENING_BEFORE = re.compile(
    r"(?:\b(?:open|opens|reopen|reopens|operate|operates|resume|resumes)\s+(?:normally|as\s+usual|as\s+normal)(?:\s+again)?\s+"
    r"(?:from|on|starting)|\b(?:is|are|was|were)\s+(?:normally|usually|typically)(?:\s+[a-z]+)?(?:\s+on)?|\bholiday\s+on"
    r"|(?-i:\b[A-Z]\w+\s+Day)\s+on|\b(?:expected\s+to\s+)?(?:rise|set)s?\s+at(?:\s+around|\s+about)?"  # ("Foundation Day on the 3rd", "the sun is ...")
    # ("... as 'Disability Awareness Week' to mark the International Day of Persons with Disabilities on Dec. 3": the occasion)
    r"|\bto\s+mark\s+(?:the\s+)?(?-i:(?:[A-Z][\w'’-]*\s+(?:(?:of|for|with|and)\s+)?){1,8})on"
    r"|\bsun(?:rise|set)\s+(?:is\s+)?(?:expected|forecast|due)\s+(?:at|around)(?:\s+around|\s+about)?"  # ("Sunrise is expected at 7:43")
    # ("closed from the 25th to the 30th, reopening on the 31st", "welcome readers back on January 2": the day after)
    r"|\b(?:reopening|welcom(?:e|es|ing)\s+(?:\w+\s+){0,2}back)\s+(?:on|from)"
    # ("..., and return to normal hours on the 23rd", "regular fees will apply again from the 23rd": the special days' end)
    r"|\breturn(?:s|ing)?\s+to\s+(?:its\s+|their\s+)?(?:normal|regular|usual)\s+(?:hours|operations?|schedules?)\s+(?:on|from|starting)"
    r"|\b(?:regular|normal|usual)\s+(?:fees|rates|charges|fares|hours)\b[^.;]{0,40}?\s(?:will\s+)?(?:apply|resume|return)(?:\s+again)?\s+(?:from|on|starting)"
    rf"|{SKY_TIME}"
    r"|\b(?:normally|usually|typically)\b[^.;,]{0,30}\b(?:is|are|was|falls\s+on)(?:\s+on)?"
    rf"|{USUAL_HOURS}"
    r"|\b(?:excluding|except(?:\s+for)?|other\s+than|instead\s+of|in\s+place\s+of)"  # ("... on Oct. 11 instead of Oct. 8")
    # ("recyclables normally picked up on Wednesdays will be collected on Oct. 11"): the usual day, which this one replaces
    r"|\b(?:normally|usually|typically)\s+[a-z]+(?:ed|en)(?:\s+up)?\s+on"
    r"|\b(?:expects?|expected|forecasts?|predicts?)\b[^.;]{0,50}?\bto\s+[a-z]+(?:\s+[\w-]+){0,5}?\s+(?:around|on|by)"
    # ("forecast that the blossoms will reach full bloom around March 8 to 10")
    r"|\b(?:expects?|expected|forecasts?|predicts?)\s+that\b[^.;]{0,60}?\bwill\s+[a-z]+(?:\s+[\w-]+){0,4}?\s+(?:around|on|by))"
    r"\s+(?:the\s+)?$", re.IGNORECASE)  # ("expects the rainy season to begin around the 25th": a forecast)
_NO_SESSION = re.compile(r"\s*There\s+(?:is|are|will\s+be)\s+no\s+[a-z]+(?:\s+[a-z]+)?\s+(?:on|from|during)\b")
_STAYS_UNTIL_BEFORE = re.compile(r"\b(?:stays?|remains?|stay|remain)\s+(?:on|open|lit)\s+(?:until|till)\s+(?:[\d:.]+\s*[ap]\.?m\.?\s+on\s+)?"
                                 r"(?:[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)*\s*(?:,|and)\s+)?$")  # (the first of a list of days before)
_HOURS_EXTENDED_TO = re.compile(r"\bhours\s+(?:to|until)\s+[\d:.]+\s*[ap]\.?m\.?$")
_OPEN_LATER_ON = re.compile(r"On\s+[^,.;]{3,60}?,?\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}(?:stays?|remains?|(?:will\s+)?(?:stay|remain)"
                            r"|(?:is|are|will\s+be)\s+kept)\s+(?:open|lit)\s+(?:late\s+)?(?:until|till)\b")
_IS_A_HOLIDAY = re.compile(r"\W*(?:is|will\s+be)\s+(?:(?:a|the|its)\s+)?(?:[\w-]+['’]s\s+)?(?:substitute\s+|public\s+|temporary\s+|regular\s+"
                           r"|usual\s+|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)*(?:holiday|closing\s+day|day\s+off)\b")
_FALLS_ON = re.compile(r"(?:\s*,\s*(?:the\s+)?\d{1,2}(?:st|nd|rd|th))?\s*,?\s*(?:\([^)]{1,12}\)\s*)?falls?\s+on\b")
_EXTENDED_FROM = re.compile(r"\b(?:extended|prolonged)\s+from\s+$", re.IGNORECASE)
_EXTENDED_TO = re.compile(r"\b(?:extended|prolonged)\s+(?:to|until|till|through)\s+(?:the\s+)?$", re.IGNORECASE)
_MOVED_TO = re.compile(r"\b(?:pushed\s+back|postponed|moved|delayed|rescheduled|changed|put\s+off)\s+"
                       r"(?:(?:it|them|the\s+(?:date|day|start|opening|schedule))\s+)?(?:back\s+|forward\s+)?"  # ("moved the date back to")
                       r"(?:to|until|till)\s+(?:the\s+)?$",
                       re.IGNORECASE)
_OPENED_EARLIER = re.compile(r"\b(?:opened|began|started|kicked\s+off)\b[^.;]{0,40}?\bon\s")
# the length of a happening told after its hour, not a daily amount ("3 hours a day") nor a part of it ("for 10 minutes each")
_HOW_LONG = r"(\d{1,3}|one|two|three|four|five|ten|fifteen|twenty|thirty|forty|ninety)\s+(minutes|hours?)\b"
# ("... will switch off their lights for 10 minutes", "at 7:30 p.m. (about 10 minutes)")
_FOR_LENGTH_AFTER = re.compile(rf"(?:[^.;]*?\bfor\s+(?:about\s+)?{_HOW_LONG}(?!\s+(?:a|per|each|every)\b)"
                               rf"|\s*\(\s*(?:about\s+|approximately\s+)?{_HOW_LONG}\s*\))", re.IGNORECASE)
_LASTS_IN_NAME = re.compile(r"\b(\d{1,3}|one|two|three|ten|fifteen|twenty|thirty|forty|ninety)-(minute|hour)\b", re.IGNORECASE)
_WHOLE_MONTH_BEFORE = re.compile(r"\b(?:during|throughout|for|all\s+through)\s+the\s+(?:whole\s+|entire\s+)?month\s+of\s+$"
                                 r"|\bthroughout\s+$", re.IGNORECASE)
_SPAN_THEN_EVERY = re.compile(r"\s*,\s*(?:on\s+)?(?:every|each)\s+")
_FOR_WEEKS = re.compile(r"\s*,?\s*for\s+(\d+|[a-z]+)\s+(weeks|sessions|classes|lectures)\b", re.IGNORECASE)
_OPENS_AT = re.compile(r"\b(?:opens?|starts?|begins?)\s+at\s+$")  # ("Registration opens at 9 a.m. Monday")
_STARTS_ON = re.compile(r"\b(?:start|starts|starting|started|begin|begins|beginning|began|open|opens|opened)\s+on\s+(?:the\s+)?$")  # "The classes start on January 3"
_UNTIL_JUST_BEFORE = re.compile(r"\b(?:until|till|through)\s+$")
# "will launch a 'Night Course' on the 25th": the first day of what the next sentence repeats
_LAUNCHED_ON = re.compile(r"\b(?:will\s+launch|launches|is\s+launching|will\s+introduce|will\s+debut)\b[^.;]{0,60}?\s+on\s+(?:the\s+)?$")
_END_OF = re.compile(r"(?i)\bend\b")
_ENDED_BEFORE = re.compile(r"\b(?:ended|closed|finished|ends|closes|close|end|ending)\s+(?:[a-z]+\s+){0,3}?(?:on\s+)?(?:the\s+)?$",
                           re.IGNORECASE)
_OPENED_BEFORE = re.compile(r"\b(?:opened|began|started|launched|kicked\s+off)\b(?:[^.;,]{0,40}?\s+on)?\s+(?:the\s+)?$|\bsince\s+(?:the\s+)?$",
                            re.IGNORECASE)  # ("have been underway ... since October 11 and will continue until ...")
_GOES_ON_UNTIL = re.compile(r"\b(?:until|till|(?:stays?|remains?)\s+open\s+through|(?:close|end)\w*\s+(?:[a-z]+\s+){0,3}?on"
                            r"|extend\w*\s+(?:its|their|the)\s+[a-z]+(?:\s+by\s+\w+\s+\w+)?\s+to)\s+"  # ("will extend its season by one week to Feb. 9")
                            r"(?:the\s+)?(?:\d|[A-Z][a-z]+\.?\s+\d)")
# the subject of a sentence that says how long something runs: "The mobile stamp tour, which began with the opening, runs"
_SUBJECT_WHICH_OPENED = re.compile(r"\s*(?:The|Its|Their)\s+((?:[\w'’-]+\s+){0,2}[\w'’-]+),\s+(?:which|that)\s+(?:first\s+)?"
                                   r"(?:opened|began|started|launched)\s+(?:on|in)\s+(?:the\s+)?")
_RUNS_SUBJECT = re.compile(r"\s*(?:The|Its|Their)\s+((?:[\w'’-]+\s+){0,3}[\w'’-]+?),\s+(?=(?:which|that)\s)")
_BEGAN_WITH = re.compile(r"(?:which|that)\s+(?:began|started|opened)\s+with\s+the\s+(?:opening|ceremony|launch|festival)\b")
# ("Running until July 27, the exhibition shows ...": the exhibition told before)
_LEAD_THEN_THE = re.compile(r"\W*(?:Running|Continuing|Lasting)\s+(?:until|through|till)\s+[^,;]{3,30},\s+the\s+([a-z]+)\b")
_GOES_ON = re.compile(r"\b(?:continue|continues|run|runs|running|continuing|operate|operates|last|lasts|be\s+held|be\s+open"
                      r"|(?:stay|stays|remain|remains)\s+open"  # ("The booth will stay open until the 27th")
                      r"|(?<=hours\s)(?:apply|applies|will\s+apply))\s+"  # ("The extended hours apply until the 20th")
                      r"(?:(?:every\s+day|daily)\s+)?(?:until|till)\b"
                      # ("The festival will run through February 1"; not "... set up a room that will run through March")
                      r"|^[^,;]{0,40}?\b(?:continues?|runs?|operates?|lasts?|be\s+held|be\s+open)\s+(?:(?:every\s+day|daily)\s+)?through\b"
                      r"|\b(?:is|are)\s+available\b[^.;]{0,100}?\buntil\b"  # "Shots are available at ... until"
                      # "(started the ‘Warm Coat Relay’ ...) Clean winter coats are collected in donation boxes ... until"
                      r"|\b(?:is|are)\s+(?:collected|accepted|received|taken|sold|lent)\b[^.;]{0,100}?\buntil\b", re.IGNORECASE)
# A sentence that goes on about the happening just told: "It ...", "The event ...", "Each two-hour session ..."
_IT_SUBJECT = re.compile(r"\s*It\s+(?:will|is|has|opens|runs|closes|reopens)\b")
_IT_OPENS = re.compile(r"(?:(?:Until\s+then,?\s+)?[Ii]t\b|They\s+(?:will\s+(?:be|stay|remain)\s+|are\s+)(?:open|lit)\b|The\s+event|This\s+event|Each\s+(?:[\w-]+\s+)?(?:session|class|lecture|tour)|The\s+sessions?"
                       r"|The\s+(?:program|programme|class|classes|course|courses|lectures?|tours?)(?:,[^,]{1,60},)?\s+"
                       r"(?:will|runs?|is|are)\b"  # ("The class, for 30 trainees aged 65 or older, is held ...")
                       r"|(?:Classes|Sessions|Lectures)\s+(?:run|are|will|start|begin)\b"  # ("Classes run from 2 p.m.")
                       r"|(?:Starting|Beginning)\s+at\s+(?=\d))")  # ("Starting at 5:30 p.m., a choir will sing")
_CANCELED = re.compile(r"\b(?:(?:has|have|had)\s+been|was|were|is|are|will\s+be)\s+(?:cancel+ed|called\s+off|scrapped|skipped)\b"
                       r"|\bwill\s+not\s+be\s+(?:held|accepted)\b", re.IGNORECASE)  # ("submitted after ... will not be accepted")
_NOT_HELD_BEFORE = re.compile(r"\b(?:(?:will\s+not|won['’]t)\s+be\s+(?:held|opened|hosted|staged|collected|picked\s+up|handed\s+out|"
                              r"given\s+out|distributed|issued|sold)|(?:is|are)\s+closed|will\s+be\s+closed(?!\s+on\b))"  # (closed on a day: a day to know)
                              # ("It is closed on Mondays and on January 22")
                              r"\s+(?:on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)days\s+(?:and|,)\s+)?"
                              r"(?:on|from|at)?\s*(?-i:(?:[A-Z][\w'’]*\s+){0,4}[A-Z][\w'’]*\s*[,(]\s*)?$", re.IGNORECASE)
_NOT_COLLECTED = re.compile(r"(?P<what>[A-Za-z][\w ,'’-]{2,80}?)\s+(?:will\s+not|won['’]t)\s+be\s+(?:collected|picked\s+up)\b"
                            r"|\bwill\s+not\s+(?:collect|pick\s+up)\s+(?:any\s+)?(?P<object>[\w ,'’-]{3,80}?)\s+(?:on|from|during|over)\b")
# ("Collection will resume on the 11th", "Brackenridge Central Library, closed since last September for renovation, will
# reopen on the 13th")
_ON_DISPLAY = re.compile(r"(?:the\s+)?(?P<what>[A-Za-z][\w'’ -]{2,60}?)\s+will\s+(?:also\s+)?be\s+(?:exhibited|displayed|on\s+display)\b",
                         re.IGNORECASE)
_IT_WILL_REOPEN = re.compile(r"(?:it|they)\s+will\s+(?:also\s+)?(?P<verb>reopen|resume)\b", re.IGNORECASE)
_WILL_RESUME = re.compile(r"(?:the\s+)?(?P<what>[A-Za-z][\w'’ -]{2,60}?)(?:,\s+(?:which\s+has\s+been\s+)?(?:closed|shut)\s[^,;]{3,80},)?"
                          r"\s+will\s+(?:also\s+)?"
                          r"(?P<verb>resume|reopen)\b(?!\s+(?:the|its|their|a|an)\b)", re.IGNORECASE)
_COLLECTED_APART = re.compile(r"(?:^|,\s+)(?:[^,;]{0,40}?\b(?:the|that|and)\s+)?(?P<what>[a-z][\w -]{2,40}?)\s+will\s+(?:now\s+)?be\s+"
                              r"collected\s+separately\b")
_WASTE_WORD = re.compile(r"(?i)\b(?:waste|garbage|trash|rubbish|recyclables)\b")
_SERVICE_STOPS = re.compile(r"\b(?:collected|picked\s+up)\b")
# What residents are asked to do about days a service stops, and when it starts again: "put out their garbage by
# the evening of the 13th", "collection will return to normal from the 18th"
_NOT_PUT_OUT = re.compile(r"\b(?:must|should|may)\s+not\s+put\s+out\s+(?:any\s+)?(?P<what>garbage|trash|waste|rubbish|recyclables)\b",
                          re.IGNORECASE)
_MUST_NOT_PUT_OUT = re.compile(_NOT_PUT_OUT.pattern + r"[^.;]{0,40}?\s+on\s+(?:the\s+)?$", re.IGNORECASE)
_NO_SERVICE_BEFORE = re.compile(
    r"(?:\bput\s+(?:(?:it|them)\s+out|(?:out\s+)?(?:their\s+|the\s+|his\s+|her\s+)?(?:garbage|trash|waste|recyclables))\b[^.;]{0,60}?"
    r"|\breturn\w*\s+to\s+normal\s+(?:from|on|starting)\s+)(?:the\s+)?$", re.IGNORECASE)
_BOOKED_FOR = re.compile(r"\b(?:booked|reserved|scheduled|planned|set|slated)\s+for\s+(?:the\s+)?$", re.IGNORECASE)
# a service told to run as it always does: "Collection on the 3rd (Mon), National Foundation Day, will go ahead as usual"
_AS_USUAL_AFTER = re.compile(r"[^.;]{0,60}?\b(?:go\s+ahead|proceed|continue|run|operate|be\s+made|be\s+collected)\s+as\s+(?:usual|normal)\b")
_NEWS_BEFORE = re.compile(
    r"(?:\b(?:(?:originally|initially|previously|(?<=was\s)first|(?<=were\s)first)\s+(?:been\s+)?|had\s+been\s+)(?:scheduled|planned|set|slated|supposed|meant|due|announced)\s+"
    r"(?:to\s+\w+\s+)?(?:for|on)(?:\s+(?:the\s+)?(?:weekends?|days?|dates?|nights?|evenings?|mornings?)\s+of)?"
    r"|\b(?:was|were)\s+(?:originally|initially)\s+to\s+\w+\s+(?:on|from|in)"  # ("The tour was originally to begin on Oct. 30")
    r"|\b(?:which|that)\s+(?:was|were)\s+to\s+be\s+\w+(?:\s+(?:up|out|off))?\s+(?:on|for)"  # ("the booths that were to be set up on the 29th")
    r"|\b(?:announced|released|published|unveiled)\s+by\s+[^,;.]{0,80}?\bon"
    r"|\bwould\s+(?:normally|usually|ordinarily|otherwise)\s+(?:be|fall\s+on|have\s+been)"  # ("would normally be the 31st, but")
    r"|\bas\s+of(?:\s+the\s+(?:morning|afternoon|evening|night|end)\s+of)?|\bfalls?\s+on(?:\s+an?)?|,\s+(?:originally|initially|previously))\s+(?:the\s+)?$",  # (", originally the 15th,")
    re.IGNORECASE)  # ("Children's Day falls on a Friday")
_SENT_OUT_BEFORE = re.compile(r"\b(?:receive|get|be\s+(?:sent|texted|emailed|notified|informed)|is\s+sent|are\s+sent)\b[^.;]{0,80}$",
                              re.IGNORECASE)
# "which was scheduled for the 12th, will instead be held on the 26th": the day it no longer is (also "which was to
# have opened on the 9th", "which the district had announced would be held on the 26th")
_WAS_SCHEDULED = re.compile(r"\b(?:which|that)\s+(?:(?:was|were|had\s+been)\s+(?:originally\s+)?(?:scheduled|planned|slated|set)\s+"
                            r"(?:to\s+\w+\s+)?|(?:was|were)\s+to\s+have\s+(?:been\s+)?\w+\s+"
                            r"|(?:the\s+\w+|it|they)\s+had\s+(?:announced|said|planned)\s+(?:it\s+)?would\s+be\s+\w+\s+)"
                            r"(?:for|on)\s+(?:the\s+)?$", re.IGNORECASE)
_WAS_DUE = re.compile(r"(?:\b(?:was|were)\s+(?:originally\s+|first\s+)?(?:due|scheduled|set|planned|slated)|\bhad\s+(?:originally\s+)?planned"
                      r"|,\s+(?:originally\s+)?(?:due|scheduled|set|planned|slated))"  # ("the festival, set to open on Jan. 4, has been postponed")
                      r"\s+(?:to\s+\w+\s+(?:on|by)|for)\s+(?:the\s+)?$"  # ("It was originally planned for the 21st (Sat.) but ...")
                      r"|\b(?:was|were)\s+(?:originally\s+)?to\s+(?:open|start|begin|be\s+held)\s+on\s+(?:the\s+)?$",  # ("was to open on")
                      re.IGNORECASE)  # ("was due to close on the 15th, but", "was scheduled to open on the 9th, but")
# ("... was due to close on the 16th, but ...", "which ... was due to close on the 16th, until June 13": extended)
_BUT_AFTER = re.compile(r"[^.;]{0,20}?,?\s+but\b|\s*,\s+until\s")
_CHANGED_AFTER = re.compile(r"\b(?:instead|postponed|moved|rescheduled|pushed\s+back|brought\s+forward|changed"
                            r"|\w+\s+(?:days?|weeks?)\s+(?:later|earlier))\b", re.IGNORECASE)  # ("will be held a week later")
_HOLIDAY_AS_DATE = re.compile(r"\b(?:on|during|over|from|through|until|till|for|throughout|to|and)\s+(?:the\s+)?$|[,(]\s*$", re.IGNORECASE)
_RELATIVE_TO_BEFORE = re.compile(r"(?:\b(?:ahead\s+of|before|after|following|including(?:\s+during)?|holiday\s+for)"
                                 # ("closed from the 25th to the 30th for the Seollal holiday": why, after the days told)
                                 r"|(?:\d(?:st|nd|rd|th)?|\))\s+for)\s+(?:the\s+)?$",
                                 re.IGNORECASE)  # ("every day ... until February 9, including during the Seollal holidays")
_NAMED_BEFORE_PAREN = re.compile(r"[A-Z][\w'’ -]{0,40}\(\s*$")  # ("ahead of Seollal (Lunar New Year's Day)": as Seollal)
# "ahead of Seollal (Lunar New Year's Day) on the 29th": the day of what something comes before
_AHEAD_OF_NAMED_ON = re.compile(r"\bahead\s+of\s+(?:the\s+)?[A-Z][^,;.]{0,50}?\s+on\s+(?:the\s+)?$")
# (but "closed due to COVID-19" tells a cause, no day anything is due; "was due to close on the 31st" is one)
_DUE = re.compile(r"(?i)\bdeadline|\bdue\b(?!\s+to\s+(?!(?:close|end|open|run|finish|wrap|be|start|begin)\b))|\bmust\s+(?:be\s+)?(?:pa(?:y|id)|submit(?:ted)?|filed?|report(?:ed)?|apply|reach|arrive|received)\b|\bpay\b"
                  r"|\bmust\s+be\s+(?:in|handed\s+in|turned\s+in|returned|sent\s+in)\b"  # ("responses must be in by 6 p.m.")
                  r"|\b(?:payments?|opinions?|comments?|submissions?|entries|nominations?|proposals?)\s+(?:will\s+be|are|is)\s+"
                  r"(?:accepted|received|taken)\b")  # ("written opinions will be accepted ... until Oct. 13")
_APPLYING_FOR = re.compile(r"(?i)\b(?:applications?|registrations?)(?:\s+period)?\s+for\s+(?:the\s+|a\s+)?(?:(?!(?:19|20)\d\d\b)\d[\d,]*\s+)?([^,.;(]{3,90}?)"
                           r"(?=\s+(?:until|from|since|on|at|by|for|through|between|will|can|are|is|open|opens|opened|close|closes|"
                           r"(?-i:[A-Z][a-z]{2,8}\.?\s+\d)|"  # ("take registrations for 210 courses July 7?18")
                           r"began|begin|begins|start|starts|started)\b|[,.;(]|$)")
_COUNT_OF_THINGS = re.compile(r"(?!(?:19|20)\d\d\b)\d{1,3}(?:,\d{3})*\s+[a-z]+")
# ("Residents aged 65 to 74 (born 1947 to 1956) have been able to make reservations since the 6th": who may, not what for)
_WHO_CAN_APPLY = re.compile(r"(?i)(?:residents|those|people|seniors|citizens|anyone|families|parents|households)\b[^.;]{0,80}?"
                            r"\b(?:can|may|must|have\s+been\s+able\s+to|are\s+able\s+to|will\s+be\s+able\s+to)\s+(?:also\s+)?"
                            r"(?:apply|book|make\s+(?:their\s+|a\s+)?reservations?|register|sign\s+up|reserve)\b")
_AGED = re.compile(r"\baged\s+\d+\s*(?:to|~|-|and)\s*\d+|\baged\s+\d+\s+or\s+(?:older|over|younger)")
_WHO_NEED = re.compile(r"\b(?:[Tt]hose|[Rr]esidents|[Pp]eople|[Aa]nyone|[Ff]amilies|[Hh]ouseholds|[Ss]eniors|[Vv]oters)\s+who\s+"
                       r"(?:need|want)\s+(?!to\s)(?:an?\s+|the\s+)?([a-z][\w -]{2,40}?)\s+(?:on|for|during|to|at|can|should|must|may)\b")
_ADVERBS = frozenset(["online", "offline", "jointly", "together", "again", "simultaneously", "annually", "twice", "once", "only", "just", "also"])
_RELATIVE_CLAUSE = re.compile(r",\s+(?:where|which|who|whose)\b")
_OFFERING = re.compile(r"\b(?:offering|featuring|including|providing)\s+$")  # ("..., offering music therapy", "30 booths offering used books")
_CLAUSE_OBJECT = re.compile(r"^(?:an?\s+|the\s+)?(?P<t>[^,;]{3,60}?)\s+(?:at|on|from|in|for)\b")  # "..., and a concert at 7 p.m."
_NAME_BEFORE_PAREN = re.compile(r"((?:\d{4}\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|and))*(?:\s+period)?)\s*\($")
_DEMONSTRATIVE = re.compile(r"^(?:This|That|These|The)\s+([a-z]+)\b")


def _quote_text(q: re.Match) -> str:
    return next(g for g in q.groups() if g)


def _quoted_title(q: re.Match) -> str:
    return _tidy(_quote_text(q), quoted=True)


def _quoted_just_before(phrase: str, doc_text: str, item: Item, at: int) -> str | None:
    """"The market will be held every 1st and 3rd Saturday" names the ‘Farmers' Saturday Market’ quoted in the
    sentence just before, rather than another market dated earlier in the item."""
    words = phrase.strip().lower().split()
    if not 1 <= len(words) <= 2 or len(words) == 2 and words[0] not in ("the", "this") or not words[-1].isalpha():
        return None
    return _named_just_before(doc_text, item, at, holding=_noun_in(words[-1]))


def _told_before(phrase: str, earlier: list[_Draft]) -> str | None:
    """A bare common noun ("festival", "the event") names the happening of that kind told before."""
    words = phrase.strip().lower().split()
    if not words or len(words) > 2 or words[0] not in ("the", "this", "that") and len(words) > 1 or phrase[:1].isupper() and len(words) > 1:
        return None
    if _APPLICATION.fullmatch(words[-1]) or _PAY.fullmatch(words[-1]):
        return None  # "Applications are accepted ...", "payments will be accepted": for what, is found below
    named = _noun_in(words[-1])
    # ("Westerly Public Swimming Pool reopens" ... "After reopening, the pool will be open ...": the pool)
    return next((_AGAIN_SUFFIX.sub("", d.title) for d in reversed(earlier) if named.search(d.title)), None)


_AGAIN_SUFFIX = re.compile(r"\s+(?:reopens|resumes)$")


def _back_reference(text: str, earlier: list[_Draft], item: Item, doc_text: str, at: int) -> str | None:
    """"This expo ..." names the expo the item spoke of before (the sentence at `at`): reuse that name."""
    m = _DEMONSTRATIVE.match(text)
    if not m:
        return None
    named = _noun_in(m.group(1))
    for d in reversed(earlier):
        if named.search(d.title):
            return d.title
    told = [s for s in item.sentences if s.start < at]
    if found := _quote_naming(named, told, doc_text):
        return found
    noun = m.group(1)
    if re.search(r"(?<![su])s$", noun) and not _QUOTED.search(text) and (kinds := [
            k.group(1) for s in told for k in re.finditer(rf"\b(?:(?:is|are|was|were|be|been)\s+)?([a-z]+\s+{re.escape(noun)})\b",
                                                         s.text_of(doc_text))
            if not _NOT_A_KIND.match(k.group(1)) and not (k.group(1).split()[0].endswith("ing") and k.start(1) > k.start())]):
        # ("designating all 143 senior centers as cooling shelters. The shelters will open ...": the cooling shelters,
        # not the 'Night Cooling Shelters' told after)
        return kinds[-1].capitalize()
    return _quote_naming(named, [s for s in item.sentences if s.start >= at], doc_text)


def _quote_naming(named: re.Pattern, sentences: list[Sentence], doc_text: str) -> str | None:
    """The first quoted name of these sentences that `named` finds."""
    return next((_quote_text(q) for s in sentences for q in _QUOTED.finditer(s.text_of(doc_text))
                 if named.search(_quote_text(q))), None)


_NOT_A_KIND = re.compile(r"(?:the|a|an|its|their|our|his|her|of|as|and|or|to|for|in|at|on|by|with|from|all|these|those|this|that|"
                         r"more|most|some|any|many|few|other|such|new|two|three|four|five|six|seven|eight|nine|ten|which|who"
                         r"|\w+ed)\s")  # (nor a verb's: "trained volunteers", and "is recruiting volunteers" above)


def _noun_in(noun: str) -> re.Pattern:
    """The noun as a word of a name, singular or plural ("the camp" is no "campaign", "classes" a "class"); not
    of a sentence cut short for a title ("... with the Ashmere Volunteer…" names no volunteers)."""
    stem = re.sub(r"(?<=ss)es$|(?<!s)s$", "", noun.lower())
    return re.compile(rf"^(?!.*…$).*\b{re.escape(stem)}(?:e?s)?\b", re.IGNORECASE)


_TO_OFFER = re.compile(r"\bto\s+(?=offer|provide|give|hold|run)")


_VARIETY_AFTER = re.compile(r"(?:\s*(?:,|and|or)\s*[‘'“\"][^’'”\"]{1,30}[’'”\"])*\s+(?:variet(?:y|ies)|breeds?|cultivars?|strains?|species)\b")


_EXTENDS_HOURS_OF = re.compile(r"\bextend\s+the\s+(?:operation|(?:operating\s+|opening\s+)?hours)\s+of\s+(?:the\s+|its\s+)?"
                               r"(?P<t>[^,;]{4,90}?)(?=\s+(?:at|in|until|to|through|so|for|from)\b|[,.;]|$)")


def _topic(item: Item, doc_text: str) -> str | None:
    """What an item is about: a quoted name in its first sentence, or the phrase its verb governs."""
    if not item.sentences:
        return None
    first = item.sentences[0].text_of(doc_text)
    # (not a kind of thing handed out: "rice seed, mainly of the ‘Saeilmi’ and ‘Haepum’ varieties")
    if q := next((q for q in _QUOTED.finditer(first) if not _VARIETY_AFTER.match(first, q.end())), None):
        return _quoted_title(q)
    if section_heading(first) and len(subject := _HEADING_MARK.sub("", first).split(":")[0].split()) >= 2:
        return _tidy(" ".join(subject))  # "④ Autumn lifelong-learning courses: registration Sept. 4?8"
    if wanted := _APPLYING_FOR.search(first):  # "will accept applications for the second-half scholarships of ..."
        return _tidy(wanted.group(1))
    if extended := _EXTENDS_HOURS_OF.search(first):  # "will extend the hours of the temporary screening clinic at X"
        return _tidy(extended.group("t"))
    # ("will visit community service centers to offer free dementia screening": what it offers, not where)
    purpose = _TO_OFFER.search(first)
    m = purpose and _GOVERNED.search(first, purpose.start()) or _GOVERNED.search(first) or _RECRUITING.search(first)
    if m:
        return _tidy(m.group("t"))
    service = _SERVICE_NAMED.search(first)  # "announced the schedule of free influenza vaccinations for ..."
    return _tidy(service.group()) if service else None


def _service_before(doc_text: str, item: Item, at: int) -> str | None:
    """The service the item names last, shortly before `at` ("will run a mobile health screening bus ...
    Residents aged 40 to 64 can get screened on the 17th")."""
    found = list(_SERVICE_NAMED.finditer(doc_text, max(item.start, at - 800), at))
    return _tidy(found[-1].group()) if found else None


_HEADING_MARK = re.compile(rf"^\s*(?:[{_HEADING_OPENERS}]|\d{{1,2}}\.)\s*")
_PRONOUNS = {"it", "they", "this", "these", "those"}
_SERVICE_NAMED = re.compile(
    r"\b(?:free\s+)?(?:seasonal\s+)?(?:influenza|flu|COVID-19|pneumococcal|shingles|measles|HPV|hepatitis\s+[AB])"
    r"(?:\s+\([^()]{1,30}\))?\s+"  # ("free shingles (herpes zoster) vaccinations")
    r"(?:vaccinations?|vaccines?|shots?|inoculations?)\b|\b(?:free\s+)?(?:health|cancer|dementia)\s+screenings?\b",
    re.IGNORECASE)


def _in_front_of(text: str) -> str | None:
    """Where a happening with no other place is held: "in front of the main gate of Quillan Elementary School"."""
    front = _IN_FRONT_OF.search(_QUOTED.sub(lambda q: " " * len(q.group()), text))
    return front.group("loc").rstrip(".") if front else None


def _location(text: str) -> str | None:
    text = _QUOTED.sub(lambda q: " " * len(q.group()), text)  # a place is never inside a quoted name
    for m in _LOCATION.finditer(text):
        loc = m.group("loc").strip(" ,.")
        if loc[:1].isdigit() and (room := next((c.group("loc") for c in _COMMON_PLACE.finditer(text) if loc in c.group("loc")), None)):
            return room  # "the multipurpose room on the 3rd floor of the X Center"
        if _NOT_PLACES.match(loc) or len(loc) < 4 or loc.endswith(" Province"):
            continue  # ("Hill City in Gyeonggi Province (Mayor ...)": where the city is, not the event)
        if re.fullmatch(r"[A-Z][\w'’-]*", loc) and not m.group().lower().startswith("at "):
            continue  # "in Korea", "on Friday": a single word after "in"/"on" is rarely the place of an event
        return re.sub(r"(?:\s+(?:and|of|the))+$", "", loc)
    # "in the 3rd-floor auditorium of the district office", "on the main stage", "at the district office plaza"
    for m in _COMMON_PLACE.finditer(text):
        if " " in m.group("loc"):  # "the park" alone says too little to be shown as the place
            return m.group("loc")
    road = _ROAD.search(text)  # "traffic on the 1.2 km section of Hwaseo-ro from Hwaseo Bridge ...": the road
    return road.group(1) if road else None


def _hours_by_class(doc: Document, item: Item, inside: list[Mention], drafts: list[_Draft]) -> None:
    """Classes of one series told with their own hours in the fields after its days ("○ Period: Jan. 9 (Mon.) ~ Feb. 3
    (Fri.), every Monday, Wednesday and Friday ○ Beginner class (4th graders): 10:00~12:00 ○ Advanced class (5th and 6th
    graders): 14:00~16:00") are a series each, by the class's name."""
    text = doc.text
    for m in inside:
        if type(m.start) is not time or m.end is None or not (label := _CLASS_FIELD_BEFORE.search(
                text, max(0, m.start_offset - 120), m.start_offset)):
            continue
        sentence = _sentence_of(item, m.start_offset)
        host = next((d for d in reversed(drafts) if d.sentence is sentence and d.recurrence and isinstance(d.start, datetime)
                     and d.mention.end_offset <= label.start()), None)
        # (the hours the series took, told under the class before: "○ Beginner class (...): 10:00~12:00")
        first = _CLASS_LABEL.search(text, host.mention.end_offset, label.start()) if host else None
        if host is None or first is None:
            continue
        name = host.title.removesuffix(f": {first.group('label')}")
        host.title = f"{name}: {first.group('label')}"
        day = host.start.date()
        other = replace(host, title=f"{name}: {label.group('label')}", descriptions=list(host.descriptions),
                        inferred=list(host.inferred), exdates=list(host.exdates), start=datetime.combine(day, m.start),
                        end=datetime.combine(day, m.end), mention=m)
        drafts[:] = [d for d in drafts if d.mention is not m]
        drafts.insert(drafts.index(host) + 1, other)


def _hours_by_class_told(doc: Document, item: Item, inside: list[Mention], drafts: list[_Draft]) -> None:
    """"The morning class will be held 10:00~12:00 in the education room of X, and the afternoon class 14:00~16:00 in
    the multipurpose room of Y": the series whose hours the first class gave is that class, and the second one is
    another series, at its own hours and place."""
    text = doc.text
    told = [(m, label) for m in inside if m.grain == "time" and "day" in m.implied and m.end is not None
            and any(word in text[max(0, m.start_offset - 50):m.start_offset] for word in _CLASS_WORDS)
            and (label := _CLASS_NAMED_BEFORE.search(text, max(0, m.start_offset - 50), m.start_offset))]
    for (first, first_label), (m, label) in pairwise(told):
        sentence = _sentence_of(item, m.start_offset)
        host = next((d for d in drafts if isinstance(d.start, datetime) and isinstance(d.end, datetime) and d.mention is not m
                     and (d.start.time(), d.end.time()) == (_clock_of(first.start), _clock_of(first.end))), None)
        if host is None or sentence is None or sentence is not _sentence_of(item, first.start_offset):
            continue
        day, name = host.start.date(), host.title
        host.title = f"{name} ({first_label.group('label').lower()})"
        host.location = _location(text[first.end_offset:label.start()]) or host.location
        other = replace(host, title=f"{name} ({label.group('label').lower()})", start=datetime.combine(day, _clock_of(m.start)),
                        end=datetime.combine(day, _clock_of(m.end)), mention=m, descriptions=list(host.descriptions),
                        inferred=list(host.inferred), exdates=list(host.exdates),
                        location=_location(text[m.end_offset:sentence.end]) or host.location)
        drafts[:] = [d for d in drafts if d.mention is not m]
        drafts.insert(drafts.index(host) + 1, other)


_CLASS_WORDS = ("class", "session", "course", "group", "section")
_CLASS_NAMED_BEFORE = re.compile(r"\b(?:[Tt]he\s+)?(?P<label>(?:morning|afternoon|evening|night|weekday|weekend)\s+"
                                 r"(?:class|session|course|group|section))\s*,?\s+(?:will\s+(?:be\s+held|run|meet)\s+|runs\s+|is\s+held\s+)?"
                                 r"(?:from\s+|at\s+)?$")
_CLASS_LABEL = re.compile(rf"{FIELD_MARK}\s*(?P<label>(?:[A-Z][a-z]+\s+){{1,2}}(?:class|session|course|group|section))\s*"
                          r"(?:\([^()]{0,80}\))?\s*:\s*")
_CLASS_FIELD_BEFORE = re.compile(_CLASS_LABEL.pattern + "$")


def _join_hours(doc: Document, item: Item, inside: list[Mention], drafts: list[_Draft]) -> None:
    """Hours given in a sentence of their own ("The exhibition hours are from 11 a.m. to 7 p.m.")
    join the multi-day event of the item that shares a word with that sentence; over several days
    they become a daily repetition rather than one long block. A sentence that names the happening
    again ("The festival will be held from 6 p.m. to 9 p.m.", "The ceremony begins at 2 p.m.") gives
    its time to it, on each day it was told for. Hours told apart for weekdays and weekends make one
    series for each."""
    split: dict[int, tuple[_Draft, _Draft, Mention]] = {}  # sentence start -> (host as it was, host, its hours)
    timed_sentences = {s.start for x in inside if isinstance(x.start, (datetime, time)) and (s := _sentence_of(item, x.start_offset))}
    hours_given: set[int] = set()  # the sentences whose hours were given to a happening
    for m in inside:
        if _in_speech(doc.text, m) or _usual_hours(doc.text, _sentence_of(item, m.start_offset), m) \
                or _SUSPENDED_AFTER.match(doc.text, m.end_offset) or _not_hours_of_anything(doc.text, m.start_offset):
            continue  # “... between 2 p.m. and 5 p.m., the hottest hours”: what a mayor asks, no one's hours; "'Midnight
            # Study Bus', ... which would run a late-night shuttle between 11 p.m. and 1 a.m.": a proposal's; "advised
            # residents to avoid outdoor activities between noon and 5 p.m.": advice
        if _FORMER_HOURS_BEFORE.search(doc.text, max(0, m.start_offset - 40), m.start_offset):
            drafts[:] = [d for d in drafts if d.mention is not m]
            continue  # "The cooling centers, which had been open from 9 a.m. to 6 p.m., will be open ...": hours no more
        if m.grain == "time" and m.rule == "clock time" and (_PROGRAM_FIELD_BEFORE.search(doc.text, max(0, m.start_offset - 200),
                                                                                        m.start_offset)
                                                              or _FOLLOWED_AT_BEFORE.search(doc.text, max(0, m.start_offset - 20),
                                                                                            m.start_offset)):
            continue  # "△Program: traditional music, countdown, 33 strikes of the bell at midnight", "..., followed at
            # 11:40 p.m. by a reading of New Year's messages": a moment of its programme, no one's hours
        if ASIDE_HOURS_BEFORE.search(doc.text, max(0, m.start_offset - 30), m.start_offset) \
                or WHICH_OPENS_AT.search(doc.text, max(0, m.start_offset - 40), m.start_offset):
            continue  # "(lunch break 12:00~13:00)": hours it is not open; "the desk, which opens at 12:30 p.m.": a desk's
        if (sentence := _sentence_of(item, m.start_offset)) is not None \
                and _kept_before(doc.text[sentence.start:sentence.end], m.start_offset - sentence.start):
            continue
        if _INSTEAD_OF.match(doc.text, m.end_offset) and not (m.end is not None and _NEW_HOURS_BEFORE.search(
                doc.text, max(0, m.start_offset - 30), m.start_offset)) or doc.text.endswith(("instead of ", " by "), 0, m.start_offset):
            continue  # "the last bus will depart at 8:20 p.m. instead of 7:40 p.m.": a timetable changed; "placed at the
            # spot by 6 a.m. on the collection day": a deadline's hour (but "on shortened hours of 9:00~16:00 instead of
            # the usual 6:00~22:00 from the 21st to the 24th": the hours of those days)
        if _ends_at_told_hour(doc, item, m, drafts):
            continue
        if m.rule.endswith(" until a date") and m.recurrence.startswith("FREQ=WEEKLY") \
                and (host := _opened_before(doc, item, m, drafts)) is not None:
            # "... will open a book cafe on the 20th. It will run every Sunday until June 26": its Sundays, from then
            if (series := next((d for d in drafts if d.mention is m), None)) is not None:
                _repeat_from_opening(series, host, m)
                if day_of(series.start) == host.start:
                    drafts.remove(host)  # (opened on a day of the series: its first time, not a happening of its own)
            continue
        if m.grain == "repeat" and _open_ended(m.recurrence) and (host := _opened_before(doc, item, m, drafts)) is not None \
                and (series := next((d for d in drafts if d.mention is m), None)) is not None:
            # "... will resume the ‘Brunch Concert’ from April 28. The concert will be held at 11 a.m. on the last
            # Wednesday of every month": its times from then on
            clock = m.start.time() if isinstance(m.start, datetime) else time()
            first = rrulestr(m.recurrence, dtstart=datetime.combine(host.start, clock)).after(
                datetime.combine(host.start, clock), inc=True)
            if first is not None:
                length = series.end - series.start if isinstance(series.end, datetime) else None
                series.start = first if isinstance(m.start, datetime) else first.date()
                series.end = series.start + length if length is not None else series.end
                if day_of(series.start) == host.start:
                    drafts.remove(host)
            continue
        if m.rule == "every day until a date" and (host := _opened_before(doc, item, m, drafts)) is not None:
            # "... will open the sledding field on the 30th. The field will be open every day from 10 a.m. to 5 p.m.
            # until February 12": the field's hours, each day from its opening to then
            host.end = _last_time(m).date()
            if isinstance(m.start, datetime):  # (else all day, from its opening to then)
                _give_hours(host, m, _sentence_of(item, m.start_offset).text_of(doc.text).strip())
            drafts[:] = [d for d in drafts if d.mention is not m]
            continue
        if m.grain == "repeat" and isinstance(m.start, datetime) and m.end is None \
                and _UNTIL_JUST_BEFORE.search(doc.text, max(0, m.start_offset - 8), m.start_offset) \
                and (sentence := _sentence_of(item, m.start_offset)):
            if (told := split.get(sentence.start)) and told[2].start.time() < m.start.time():
                # "10 a.m. to 6 p.m. on weekdays and until 8 p.m. on weekends": opening as told first, closing later
                drafts[:] = [d for d in drafts if d.mention is not m]  # (read alone, it made an event at 8 p.m.)
                m = replace(m, start=datetime.combine(m.start.date(), told[2].start.time()), end=m.start)
            elif sentence.start in hours_given or any(d.sentence is sentence and d.mention.start_offset < m.start_offset
                                                      and isinstance(d.start, datetime) and d.end is not None for d in drafts):
                # "from 10 a.m. to 6 p.m., with night sessions until 9 p.m. on Fridays and Saturdays": longer hours
                # on some days of the happening, told in its description
                drafts[:] = [d for d in drafts if d.mention is not m]
                continue
            elif series := next((d for d in drafts if d.mention.start_offset < m.start_offset and d.recurrence == m.recurrence
                                 and type(d.start) is date and m.start_offset - d.mention.end_offset < 600), None):
                # "... will stay open late every Friday starting on the 21st. The rooms ... will now remain open ... until 10
                # p.m. on Fridays": how late, on the days of the series told before
                series.descriptions.append(sentence.text_of(doc.text).strip())
                drafts[:] = [d for d in drafts if d.mention is not m]
                continue
        # (hours "every day", or "every weekday": the days they hold on, within the span they join)
        daily = (m.recurrence == "FREQ=DAILY" or _SOME_DAYS.fullmatch(m.recurrence or "")) and m.grain == "repeat" \
            and isinstance(m.start, datetime) and isinstance(m.end, datetime)  # (not "every day ... till 8 p.m.": no start)
        if m.rule == "same day" and isinstance(m.start, datetime):
            # "From 10 a.m. to 5 p.m. that day, visitors can look around": the hours of the happening of that day
            # ("Collection will resume on the 11th (Sun.), and residents may put out waste again from 6 p.m. that day":
            # a start alone, of the happening its sentence told)
            host = next((d for d in reversed(drafts) if d.mention.start_offset < m.start_offset and type(d.start) is date
                         and d.start == m.start.date() and d.end is None
                         and (isinstance(m.end, datetime) or d.sentence.start <= m.start_offset < d.sentence.end
                              and doc.text.endswith("from ", 0, m.start_offset))), None)
            if host is not None:
                sentence = _sentence_of(item, m.start_offset)
                _give_hours(host, m, sentence.text_of(doc.text) if sentence else "")
                drafts[:] = [d for d in drafts if d.mention is not m]
            if host is not None or isinstance(m.end, datetime):
                continue
        clock = m.start.time() if isinstance(m.start, datetime) else m.start if isinstance(m.start, time) else None
        if m.rule == "clock time" and m.end is None and clock is not None \
                and (_UNTIL_JUST_BEFORE.search(doc.text, max(0, m.start_offset - 8), m.start_offset)
                     or _ALL_CLEAR_BEFORE.search(doc.text, max(0, m.start_offset - 50), m.start_offset)) and (
                host := next((d for d in reversed(drafts) if d.mention.start_offset < m.start_offset
                              and isinstance(d.start, datetime) and d.end is None and not d.recurrence), None)) \
                and host.start.time() < clock and m.start_offset - host.mention.end_offset < 600 \
                and not _IN_PARENTHESES.search(doc.text, max(0, m.start_offset - 60), m.start_offset):
            # (not an aside: "open from 9 a.m. to 6 p.m. (the general reading room until 10 p.m.)")
            # "... at 2 p.m. on the 23rd (Tue). ... The drill lasts 20 minutes, until 2:20 p.m.": when it ends (or "The
            # all-clear will be sounded at 2:20 p.m.")
            host.end = datetime.combine(host.start.date(), clock)
            drafts[:] = [d for d in drafts if d.mention is not m]
            continue
        if m.rule == "clock time" and m.end is None and clock is not None and time(0) < clock < time(6) \
                and _UNTIL_JUST_BEFORE.search(doc.text, max(0, m.start_offset - 8), m.start_offset):
            # "The 14 bus routes ... will also hold their last departures until 2 a.m.": a late end of a service,
            # no happening that starts then
            drafts[:] = [d for d in drafts if d.mention is not m]
            continue
        sentence = _sentence_of(item, m.start_offset)
        stext = doc.text[sentence.start:sentence.end] if sentence else ""
        other_days = daily or m.grain == "repeat" and isinstance(m.start, datetime) and isinstance(m.end, datetime) \
            and bool(_ONE_WEEKEND_DAY.fullmatch(m.recurrence or ""))
        if other_days and sentence and (told := split.get(sentence.start)) and m.recurrence != told[2].recurrence:
            # "weekdays 9 a.m.-6 p.m., weekends (or Saturdays) 10 a.m.-5 p.m.": a second series, beside the first
            pristine, first, first_hours = told
            if pristine.end is None and not pristine.recurrence:
                # "will reopen on the 13th. The library will be open 9:00~22:00 on weekdays and 9:00~18:00 on weekends": one
                # day, at the hours of its own weekday
                if day_of(pristine.start).weekday() not in _days_not_in(m.recurrence):
                    first.start, first.end = pristine.start, pristine.end
                    _give_hours(first, m, stext.strip())
                drafts[:] = [d for d in drafts if d.mention is not m]
                continue
            other = replace(pristine, descriptions=list(pristine.descriptions), inferred=list(pristine.inferred))
            first.title, other.title = f"{pristine.title} ({_days_label(first_hours)})", f"{pristine.title} ({_days_label(m)})"
            _give_hours(other, m, stext.strip())
            drafts[:] = [d for d in drafts if d.mention is not m]  # ("on Saturdays ...", read alone, made an event)
            drafts.insert(drafts.index(first) + 1, other)
            continue
        if m.day_from_context and sentence is not None and isinstance(m.start, (datetime, time)) \
                and (_FOLLOWING_SCHEDULE.search(stext, m.end_offset - sentence.start) or _HOURS_FIELD.match(stext)):
            # "Spraying will take place from 7 p.m. to 10 p.m. on the following schedule. △Aug. 18 (Mon.): Ashby-dong ...",
            # "○ Hours: 9:00~16:00 ○ Schedule: △Apr. 18 (Mon.) ~ 19 (Tue.): ...": the hours of each day listed below
            listed = [d for d in drafts if 0 < d.mention.start_offset - m.start_offset < 1200 and type(d.start) is date
                      and (_DATED_ENTRY_START.match(doc.text, d.sentence.start) or _PLACE_ENTRY.match(doc.text, d.sentence.start))]
            period = next((d for d in reversed(drafts) if d.mention.start_offset < m.start_offset and type(d.start) is date
                           and d.end is not None and not d.recurrence), None)
            for d in listed:
                if period is not None and d.recurrence and d.start < period.start:
                    # ("... an intensive mosquito control period from the 19th to Oct. 31 ... △Larkhollow-eup: every Tuesday
                    # and Friday": from the period's first such day)
                    d.start = rrulestr(d.recurrence, dtstart=datetime.combine(d.start, time())).after(
                        datetime.combine(period.start, time()), inc=True).date()
                _give_hours(d, m, stext.strip())
            if listed:
                drafts[:] = [d for d in drafts if d.mention is not m]
                continue
        if not (m.day_from_context or daily):
            continue
        if _RESTRICTED.search(stext):
            if m.day_from_context and m.end is not None and _DURING_SPAN.search(stext) and (road := _ROAD.search(stext)) \
                    and (span := _festival_before(drafts, m)):
                # "vehicles will be banned from ... Willowbank-ro ... from 6 p.m. to 11 p.m. each day of the festival": the
                # road, closed at those hours on each day of the festival
                _happening_of_span(drafts, span, m, m, stext, f"{road.group(1)} closed", "On each day of", span.start, span.end,
                                   sentence)
                drafts[drafts.index(span) + 1].location = road.group(1)
            continue  # "On race day, vehicle traffic will be controlled from 7 a.m. to 1 p.m.": hours of its own
        if _NUMBERED_PART_FIELD.match(stext):
            continue  # "△Section 1 (Stadium ~ Harlan Bridge): 7:00~10:30": a part with hours of its own
        # "free shuttle buses ... from 9 a.m. to 10 p.m. on each day of the festival": the buses' hours, given to the
        # buses when their sentence made them a happening of their own ("Free shuttle buses will operate during the
        # festival (April 5?7), 9:00~22:00")
        # (told before the hours: "The train leaves X Station at 8:10 a.m. and ..., where passengers transfer to a shuttle
        # bus" are the train's)
        if m.day_from_context and m.end is not None and _DURING_WORK.match(stext) and (named := _QUOTED.search(stext)) \
                and (work := next((d for d in reversed(drafts) if d.mention.start_offset < m.start_offset and d.mention is not m
                                   and (d.end is not None and type(d.start) is date or _DAILY_COUNT.fullmatch(d.recurrence or ""))),
                                  None)):
            # "... will stop running at 10 p.m. every night from the 20th (Mon) to March 12 (Sun) ... During the work, free
            # 'Line 3 Shuttle' substitute buses will run ... from 10 p.m. to 11:40 p.m.": the buses, on each day of the work
            first = day_of(work.start)
            last = day_of(work.end) if work.end is not None and not work.recurrence \
                else _last_day_of(work) if work.recurrence else first
            _happening_of_span(drafts, work, m, m, stext, _quoted_title(named), "On each day of", first, last, sentence)
            continue
        shuttle = _SHUTTLE.search(stext, 0, m.end_offset - sentence.start if sentence else 0) is not None
        buses = [d for d in drafts if d.sentence is sentence and _SHUTTLE.search(d.title)] if shuttle else []
        if shuttle and not buses:
            if m.end is not None and _DURING_SPAN.search(stext) and (span := _festival_before(drafts, m)):
                # "free shuttle buses will run every 20 minutes ... throughout the festival period, from 8:30 a.m. to
                # 6:30 p.m.": the buses, on each day of the festival, at their hours, from where they leave
                _happening_of_span(drafts, span, m, m, stext, "Free shuttle buses" if _FREE_SHUTTLE.search(stext)
                                   else "Shuttle buses", "On each day of", span.start, span.end)
                bus = drafts[drafts.index(span) + 1]
                bus.location = (leaves.group(1) if (leaves := _LEAVES_FROM.search(stext)) else None)
            continue
        if _IF_WEATHER.match(stext):
            continue  # "If a heat wave warning is issued, the arena will close from 1 p.m. to 3 p.m.": hours that may not be
        if SKY_TIME_BEFORE.search(doc.text, max(0, m.start_offset - 50), m.start_offset):
            continue  # "The sun is expected to rise at 7:47 a.m.": the sky's hour, no one's
        if sentence is not None and _USUAL_HOURS_LEAD.search(doc.text, sentence.start, m.start_offset):
            continue  # "On an ordinary night the last trains leave ... at midnight": the hours kept on other days
        if (moment := _named_moment_of(doc, item, m, sentence, stext, drafts)) is not None:
            host, named = moment
            _happening_of_span(drafts, host, m, m, stext, named, "During", day_of(host.start), None, sentence)
            continue
        hours = daily or bool(_HOURS.search(stext))
        timed = m
        words = _content_words(stext) - _name_of(item.organizer)  # (the district's name links nothing)
        # the clause that gives the hours names its host first ("The camp is open daily from 2 p.m. to 4 p.m., and
        # on the last day an author will join as a guest lecturer": the camp)
        rel = m.start_offset - (sentence.start if sentence else 0)
        clause_before = _HOURS_CLAUSES.split(stext[:rel])[-1]
        clause = clause_before + _HOURS_CLAUSES.split(stext[rel:], 1)[0]
        # ("from 10:00 to 17:00 every day, including weekends and holidays": which days, not what is open)
        clause_words = _content_words(_DAYS_INCLUDED.sub("", clause)) & words
        # the all-day events told shortly before (or after) the hours; the one sharing most words wins
        # (told after the hours, only in their paragraph: "weekends 10 a.m.-5 p.m." are not the next item's hours)
        # (but not what a rule told with the hours bids: "Construction sites ... must halt noisy work during the English
        # listening section, from 1:10 p.m. to 1:35 p.m. Test takers who show their admission ticket will get 50% off ...")
        # (nor a happening told after them with hours of its own: "... open from 9 a.m. to 7 p.m. daily. During the peak
        # season from July 27 to Aug. 11, the 'Night Beach' program will run from 7 p.m. to 9 p.m. every day")
        near = [d for d in drafts if abs(d.mention.start_offset - m.start_offset) < 3000 and (
            d.mention.start_offset < m.start_offset or "\n" not in doc.text[m.start_offset:d.mention.start_offset]
            and not (d.sentence is not sentence and (_MUST.search(stext) or d.sentence.start in timed_sentences)))]
        # (not a closure: "libraries will be closed from the 25th to the 30th" keeps no hours)
        # (nor a deadline, whose hour is told with it: "can apply by email by the 20th" takes no "at midnight" of the
        # ceremony told before)
        hosts = [d for d in near if not isinstance(d.start, datetime) and d.start is not None and d.kind != "deadline"
                 and not _closed_on(doc.text, d.mention.start_offset)]
        if sentence is not None and _SPAN_LEAD.match(stext.lstrip()) and any(d.sentence is sentence and d.mention is not m for d in drafts):
            # "From March 4, the center will be open on weekdays from 9:00 to 18:00": the hours of what its sentence
            # starts, not of the registration told before
            hosts = [d for d in hosts if d.sentence is sentence]
        if not hours:
            if m.rule != "clock time":
                continue  # a day the text names ("at 7 p.m. on the same day"): an event of its own
            if sentence is not None and sentence.start in hours_given:
                # "Performances will begin at 11 p.m., and at midnight the mayor will strike the bell": a moment of the
                # happening whose start the sentence gave, no happening of its own
                drafts[:] = [d for d in drafts if d.mention is not m]
                continue
            last = max((d for d in hosts if d.mention.start_offset < m.start_offset), default=None,
                       key=lambda d: d.mention.start_offset)
            # ("The starting gun goes off at 8 a.m.": the start of the happening told last)
            starts = _STARTS_AT.search(stext, max(0, rel - 90), rel)
            if starts and last is not None and last.sentence is _previous_sentence(item, m.start_offset) \
                    and [d for d in hosts if d.sentence is last.sentence] == [last]:
                hosts = [last]  # "... will run a 'Night Sea Course' every Saturday. The bus leaves the terminal at 5 p.m.,
                # stops at the night market, ...": the happening just told, not another its sentence names
            hosts = [d for d in hosts if (words & _content_words(d.title) or d is last and (_IT_OPENS.match(stext) or starts
                                                                                             or _PROGRAMS_RUN.match(stext))
                                          or starts and last is not None and d.title == last.title and _ALL_OF_THEM.match(stext))
                     and (m.end is not None or d.end is None)]  # ("The event runs from 9 a.m. to noon.", "All four lectures ...")
            # ("Two days after the opening, ... at 8:30 p.m.": the day its own sentence told, before any other)
            hosts = [d for d in hosts if d.sentence is sentence and isinstance(m.start, datetime)
                     and d.start == m.start.date()] or hosts
            if not hosts and m.end is not None and (before := _previous_sentence(item, m.start_offset)) is not None:
                # "... will offer free haircuts on the last Wednesday of every month, starting on the 31st. Volunteer
                # hairdressers will cut hair from 10 a.m. to 3 p.m.": the hours of the series told just before
                hosts = [d for d in near if d.sentence is before and d.recurrence and type(d.start) is date][-1:] \
                    or [d for d in near if d.sentence is before and type(d.start) is date] * bool(_PARTICIPANTS_DO.match(stext))
                # ("... on four nights, July 26 (Fri.) and 27 (Sat.) and Aug. 2 (Fri.) and 3 (Sat.). Participants walk a
                # forest trail from 8 p.m. to 9:30 p.m.": the hours of each night told just before)
        elif m.end is None and (timed := _lasting(doc.text, m)) is None:
            continue
        if _FACILITY_WHICH_OPENS.search(stext):
            continue  # "... can get help at the Employment Welfare Center, which is open on weekdays from 9 a.m.": its hours
        if facility := _FACILITY_OPEN.match(stext):
            # "The vaccination room at the public health center is open from 9 to 6 on weekdays": a room's hours,
            # not those of the groups' weeks of shots: where and when to go, told with each
            for d in hosts:
                if _GROUP_NAMED.search(d.title) and d.mention.start_offset < m.start_offset:
                    d.descriptions.append(stext.strip())
                    d.location = d.location or _location(stext)
            # ("The help desk is staffed ... on weekdays from 9:00 to 18:00": the desk's hours, not the shots' told before)
            named = re.compile(rf"(?i)\b{facility.group('facility')}")
            hosts = [d for d in hosts if not _GROUP_NAMED.search(d.title) and named.search(f"{d.title} {d.location or ''}")]
        # (a day it is shut keeps no opening hours; but "The bridge will be closed to all vehicles from 11 p.m. to
        # 5 a.m." are the hours of its closure)
        hosts = [d for d in hosts if not d.title.endswith(" closed") or _CLOSED_WORD.search(clause_before)]
        if _CLOSED_FROM_BEFORE.search(clause_before) and _BREAK_AFTER.match(stext, rel):
            # ("the slope is closed from 12:00 to 13:00 every day for snow grooming": a daily break, no one's hours but a
            # closure's)
            hosts = [d for d in hosts if d.title.endswith(" closed")]
        hosts = buses or hosts
        if not hosts:
            continue
        told_last = max((d for d in hosts if d.mention.start_offset < m.start_offset), default=None,
                        key=lambda d: d.mention.start_offset) if _IT_OPENS.match(stext) else None
        # "It opens every day from 10 a.m.": what was told last; else the happening the sentence names wins
        # (before its applications: "Classes run from 2 p.m." is not about applying), then the one whose
        # sentence it shares most words with.
        # (the days its own sentence told come first: "The 1st round is from the 19th to the 22nd and the 2nd round
        # from August 9 to 12, held from 8 a.m. to 9 a.m.": the hours of both)
        # (hours "each day" are those of a happening over days, not of one of its days: "The second day is
        # 'Farmers' Day' ... the booth area is open from 10 a.m. to 9 p.m. each day")
        each_day = daily or _EACH_DAY.search(stext) is not None
        during = _DURING_SPAN.search(stext)
        # ("Interviews will be held from 10:00 to 17:00 each day of the fair": the fair's, not those of the résumés
        # uploaded to its website told since)
        during_noun = _singular(during.group().split()[-1].lower()) if during else None
        # ("The park will run through Feb. 12 (Mon), from 10:00 to 17:00 every day": the park its sentence ends)
        ended_here = {day_of(x.end or x.start) for x in inside if x is not m and sentence is not None
                      and sentence.start <= x.start_offset < sentence.end and (x.end or x.start) is not None}
        hosts.sort(key=lambda d: (d is not told_last, _last_day_of(d) not in ended_here or d.end is None,
                                  during_noun is not None and _singular(d.title.split()[-1].lower()) != during_noun,
                                  not hours and d.kind != "event", each_day and d.end is None,
                                  -len(clause_words & _content_words(d.title)),
                                  # ("The gallery is open from 10 a.m.": the happening at the gallery)
                                  -len(clause_words & _content_words(d.location or "")), d.sentence is not sentence,
                                  -len(words & _content_words(d.title)),
                                  -len(words & _content_words(d.descriptions[0])),
                                  abs(d.mention.start_offset - m.start_offset)))  # (else the nearest)
        first = hosts[0]  # and the same happening told for other days nearby: its hours on each
        closes = _CLOSES_WITH.match(stext) if m.end is not None else None
        # ("every day of the holiday": the holiday's days, "a four-day holiday from the 9th to the 12th", not those of a
        # 'Holiday Clinic' told since)
        holiday = during is not None and "holiday" in during.group().lower()
        span = max((d for d in hosts if d.mention.start_offset < m.start_offset and _spans(d, d.start) and (
                        not holiday or _told_as_holiday(doc, item, d))),
                   default=None, key=lambda d: d.mention.start_offset) if closes or during else None
        if span is not None and closes:
            # "The festival will close with a concert ... from 6 p.m. to 8 p.m.": a concert on its last day
            ending = not closes.group("verb").startswith(("open", "kick", "begin", "start"))
            what = _tidy(closes.group("what"))
            title = what if re.match(r"(?i)(?:closing|opening)\b", what) else f"{'Closing' if ending else 'Opening'} {what.lower()}"
            _happening_of_span(drafts, span, m, timed, stext, title, f"On the {'last' if ending else 'first'} day of",
                               _last_day_of(span) if ending else day_of(span.start), None)
            continue
        if span is not None and (stays := _STAYS_OPEN.match(stext)) and not _content_words(stays.group("what")) <= _content_words(span.title):
            # "(... will suspend general clinics during the Chuseok holiday from the 18th to the 22nd.) However, the COVID-19
            # screening clinics at X will stay open from 9 a.m. to 6 p.m. every day of the holiday": the clinics, on each day
            _happening_of_span(drafts, span, m, timed, stext, _tidy(stays.group("what")), "On each day of",
                               span.start, span.end, sentence)
            # ("The public health center's COVID-19 screening clinic will stay open ...": at the health center)
            owner = re.match(r"(.{4,60}?)['’]s\s", stays.group("what"))
            drafts[drafts.index(span) + 1].location = stays.group("where") or (owner.group(1) if owner else None)
            continue
        if span is not None and (name := _own_name(doc.text, item, sentence, rel, span)):
            # "The ‘Reed Night Market’ will be open nightly from 6 p.m. to 11 p.m. during the festival": the market's
            # hours, on each day of the festival, not the festival's
            _happening_of_span(drafts, span, m, timed, stext, name, "On each day of", span.start, span.end)
            continue
        if daily and sentence is not None and _SOME_DAYS.fullmatch(m.recurrence or ""):
            split[sentence.start] = (replace(first, descriptions=list(first.descriptions), inferred=list(first.inferred)),
                                     first, m)
        # (groups of one service, "Health screening: Residents aged 40 to 64" and "...: Those aged 65 and older", alike)
        for d in [d for d in hosts if (_service_of(d.title) == _service_of(first.title) or d.sentence is first.sentence is sentence)
                  and d.mention.start_offset >= first.mention.start_offset - 600]:
            _give_hours(d, timed, stext.strip())
            hours_given.add(sentence.start)
            if not d.location and sentence is not None:
                d.location = _place_field(doc.text, sentence)  # ("▲Time: 14:00~17:00 ▲Place: Multipurpose hall, ...")
        if not hours:  # the time, put on the day last told, had made an event of its own
            drafts[:] = [d for d in drafts if d.mention is not m]


_NEW_HOURS_BEFORE = re.compile(r"\bhours\s+(?:of|to)\s+$")
_ALL_CLEAR_BEFORE = re.compile(r"\ball[- ]clear\s+(?:signal\s+)?(?:will\s+be\s+|is\s+)?(?:sounded|given|issued|signaled)\s+at\s+$", re.IGNORECASE)
_FOLLOWED_AT_BEFORE = re.compile(r"\bfollowed\s+at\s+$")
_PROGRAM_FIELD_BEFORE = re.compile(rf"{FIELD_MARK}\s*(?:Main\s+)?(?:Programs?|Programmes?)\s*:[^{FIELD_BULLETS}\n]*$")
_DURING_WORK = re.compile(r"\s*During\s+the\s+(?:work|construction|repairs?|closure|suspension|replacement)\s*,", re.IGNORECASE)
_FUTURE_VERB = re.compile(r"\bwill\b")


def _named_moment_of(doc: Document, item: Item, m: Mention, sentence: Sentence | None, stext: str,
                     drafts: list[_Draft]) -> tuple[_Draft, str] | None:
    """A named highlight at a moment of the one-day happening told just before, within its hours ("... on the 24th
    from 2 p.m. to 9 p.m. The highlight, 'daljip taeugi', will see a moon house set alight at 6:30 p.m."): the
    happening and the highlight's name."""
    if m.rule != "clock time" or m.end is not None or not isinstance(m.start, time) or sentence is None \
            or not _FUTURE_VERB.search(stext) or (named := _QUOTED.search(stext)) is None:
        return None
    host = max((d for d in drafts if d.mention.start_offset < m.start_offset), default=None,
               key=lambda d: d.mention.start_offset)  # (the last told: nothing else came between)
    if host is None or host.kind != "event" or host.recurrence or not isinstance(host.start, datetime) \
            or not isinstance(host.end, datetime) or host.end.date() != host.start.date() \
            or m.start_offset - host.mention.end_offset > _NEAR:
        return None
    name = _quoted_title(named)
    if not host.start.time() < m.start < host.end.time() \
            or _content_words(name) <= _content_words(host.title) or any(d.sentence is sentence for d in drafts if d.mention is not m):
        return None
    return host, name


def _festival_before(drafts: list[_Draft], m: Mention) -> _Draft | None:
    """The festival told last before `m`, over days: what "during the festival" means."""
    return max((d for d in drafts if d.mention.start_offset < m.start_offset and d.kind == "event" and type(d.start) is date
                and d.end is not None and _FESTIVAL.search(d.title)), default=None, key=lambda d: d.mention.start_offset)


def _happening_of_span(drafts: list[_Draft], span: _Draft, m: Mention, timed: Mention, stext: str, title: str,
                       when: str, start: date, end: date | None, sentence: Sentence | None = None) -> None:
    """A happening of its own at the hours its sentence gives, on a day (or each day) of the span told before,
    at its place; the hours' own reading goes. Given the hours' `sentence`, it is the one that tells it."""
    own = replace(span, title=title, descriptions=[stext.strip()], inferred=[], recurrence=None, start=start, end=end,
                  sentence=sentence or span.sentence)
    _give_hours(own, timed, stext.strip())
    own.inferred.append(f"{when} {span.title}, as the article says.")
    drafts[:] = [d for d in drafts if d.mention is not m]
    drafts.insert(drafts.index(span) + 1, own)


_CLOSES_WITH = re.compile(r"\W*(?:The|This|It)\s+(?:[a-z]+\s+)?(?:will\s+)?(?P<verb>close|end|wrap\s+up|conclude|open|kick\s+off|begin|"
                          r"start)s?\s+(?:off\s+)?with\s+(?:an?\s+|the\s+)?(?P<what>[\w'’-]+(?:\s+[\w'’-]+){0,3}?)"
                          r"(?=\s+(?:featuring|by|with|from|at|on|in|of|that|which)\b|\s*[,.;])")
def _told_as_holiday(doc: Document, item: Item, d: _Draft) -> bool:
    """Whether the span's days are those of a holiday: "the four-day holiday from the 9th to the 12th", or a
    "△Period: Sept. 18 (Sat.) ~ 22 (Wed.)" field under a sentence about the holiday."""
    if _HOLIDAY_JUST_BEFORE.search(doc.text, max(0, d.mention.start_offset - 30), d.mention.start_offset):
        return True
    return bool(_PERIOD_FIELD.match(doc.text, d.sentence.start)) and (before := _previous_sentence(item, d.sentence.start)) \
        is not None and _HOLIDAY_WORD.search(doc.text, before.start, before.end) is not None


_HOLIDAY_WORD = re.compile(r"\bholidays?\b", re.IGNORECASE)
_HOLIDAY_JUST_BEFORE = re.compile(r"\bholidays?(?:\s+(?:from|between|period))?\s*[,(]?\s*(?:the\s+)?$", re.IGNORECASE)
_STAYS_OPEN = re.compile(r"\W*(?:However,\s+|Meanwhile,\s+)?(?:[Tt]he\s+)?(?P<what>[^,;]{4,80}?)(?:\s+(?:at|in)\s+(?:the\s+)?(?P<where>[^,;]{3,120}?))?"
                         r"\s+will\s+(?:stay|remain)\s+open\b")
_FORMER_HOURS_BEFORE = re.compile(r"\b(?:had\s+been|used\s+to\s+be)\s+open\s+(?:from\s+|between\s+)?$"
                                  r"|\bused\s+to\s+(?:close|open)\s+(?:at\s+)?$")  # ("which used to close at 6 p.m.")
_HOURS_SUBJECT = re.compile(r"\W*(?:The|Its)\s+((?:[a-z]+\s+)?[a-z]+)\s+(?:will|is|are|opens?|runs?)\b")


def _own_name(doc_text: str, item: Item, sentence: Sentence, rel: int, host: _Draft) -> str | None:
    """The happening a sentence of hours names, when not the host: quoted before the hours ("The ‘Reed Night
    Market’ will be open ..."), or as the subject that a name quoted just before holds ("... the ‘Reed Craft
    Village’, a hands-on zone. The village will be open ...")."""
    hosted = _content_words(host.title)
    quoted = _quotes_in(doc_text, item, sentence.start, sentence.start + rel)
    if not quoted and (subject := _HOURS_SUBJECT.match(doc_text, sentence.start)):
        words = _content_words(subject.group(1))
        # (the subject is the name's head noun: "The village" is the 'Reed Craft Village', but "The lights" no 'light tunnel')
        head = _singular(subject.group(1).split()[-1].lower())
        quoted = [q for q in _quotes_in(doc_text, item, max(item.start, sentence.start - 600), sentence.start)
                  if words and words <= _content_words(_quote_text(q))
                  and _singular(_quote_text(q).split()[-1].lower()) == head][-1:]
    # (not a name given as an example: "Some 1,500 light sculptures, including a 12 m ‘Tree of Wishes’, will be lit ...")
    # (nor a theme: "Under the theme 'A Book, A Walk', some 45 booths will be open ...")
    names = [_quoted_title(q) for q in quoted if not _content_words(_quote_text(q)) <= hosted
             and not _INCLUDING_BEFORE.search(doc_text, max(sentence.start, q.start() - 40), q.start())
             and not _THEME_BEFORE.search(doc_text, max(sentence.start, q.start() - 20), q.start())]
    return names[0] if names else None


_INCLUDING_BEFORE = re.compile(r"\b(?:including|such\s+as|like)\s+(?:an?\s+|the\s+)?[^,;.‘'“\"]{0,24}$", re.IGNORECASE)


def _service_of(title: str) -> str:
    """A title without the group or part it names: "Flu shots: Seniors aged 75 and over" is of "Flu shots", and so
    is "Flu shots: 2nd round"."""
    title = _PART_SUFFIX.sub("", title)  # ("Smart Farm Advanced Site Tour (second session)")
    head, named, part = title.partition(": ")
    return head if named and (_GROUP_NAMED.search(title) or _PART_LABEL.match(part)) else title


_FACILITY = r"(?i:room|center|centre|office|clinic|counter|desk|division|kiosks?|machines?)\b"  # a place that keeps hours of its own
_FACILITY_OPEN = re.compile(rf"(?:The|Its)\s+(?:[\w'’-]+\s+){{0,6}}?(?P<facility>{_FACILITY})[^.,;]{{0,60}}?\s+(?:is|are)\s+"
                            r"(?:open|staffed|manned)\b")
_FACILITY_WHICH_OPENS = re.compile(rf"\b{_FACILITY}[^.;]{{0,80}}?,\s+which\s+(?:is\s+open|are\s+open|runs?|operates?)\b")
_GROUP_NAMED = re.compile(r": .*\b(?:aged|over|under|older|born)\b")
_EACH_DAY = re.compile(r"\b(?:daily|every\s+day|each\s+day)\b", re.IGNORECASE)
_EACH_DAY_AFTER = re.compile(r"\s*" + _EACH_DAY.pattern, re.IGNORECASE)  # ("Apr. 17 (Mon.) ~ 19 (Wed.), 9:00~17:00 each day")
_FOR_LENGTH_BEFORE = re.compile(r"\bfor\s+(?:about\s+)?(\d{1,3}|[a-z]+)\s+(minutes|hours?)\s+(?:from|starting\s+(?:at|from)|beginning\s+at)\s+$",
                                re.IGNORECASE)


_LASTS = re.compile(r"\b(?:Each\s+[a-z]+|It|The\s+[a-z]+)\s+(?:lasts|runs\s+for|takes)\s+(?:about\s+)?(\d{1,3}|[a-z]+)\s+"
                    r"(minutes|hours?)\b")
# ("... at 2 p.m. on the 20th. For about 15 minutes, sirens will sound at 37 sites")
_FOR_LENGTH_OPENS = re.compile(r"\s*For\s+(?:about\s+|around\s+)?(\d{1,3}|[a-z]+)\s+(minutes|hours?)\s*,")


def _length_told(lasts: re.Match) -> timedelta | None:
    """"90 minutes", "two hours", "30-minute": a count (group 1) of minutes or hours (group 2)."""
    count, unit = [g for g in lasts.groups() if g is not None][:2]  # (of whichever alternative matched)
    n = number_of(count)
    return timedelta(minutes=n * (60 if unit.lower().startswith("hour") else 1)) if n else None


def _lasts_as_told(doc: Document, item: Item, drafts: list[_Draft]) -> None:
    """"... every Wednesday at 7 p.m. ... Each lecture lasts 90 minutes": the end of the timed happening told just
    before, which had none."""
    for i, sentence in enumerate(item.sentences):
        told = _LASTS.search(doc.text, sentence.start, sentence.end) or _FOR_LENGTH_OPENS.match(doc.text, sentence.start, sentence.end)
        length = told and _length_told(told)
        if not length:
            continue
        before = {s.start for s in item.sentences[max(0, i - 2):i + 1]}
        host = next((d for d in reversed(drafts) if d.sentence.start in before and d.mention.start_offset < told.start()
                     and isinstance(d.start, datetime) and d.end is None), None)
        if host is not None and length <= timedelta(hours=12):
            host.end = host.start + length
            if sentence is not host.sentence:  # ("For about 15 minutes, sirens will sound at 37 sites ...": what happens)
                host.descriptions.append(sentence.text_of(doc.text))


def _lasting(text: str, m: Mention) -> Mention | None:
    """"for two hours from 10 a.m.": the hour it starts and the one it ends."""
    lasting = _FOR_LENGTH_BEFORE.search(text, max(0, m.start_offset - 50), m.start_offset)
    length = lasting and _length_told(lasting)
    if not length or not isinstance(m.start, (time, datetime)) or length > timedelta(hours=12):
        return None
    start = m.start if isinstance(m.start, datetime) else datetime.combine(date(2000, 1, 1), m.start)
    end = start + length
    return replace(m, end=end if isinstance(m.start, datetime) else end.time())


def _opened_before(doc: Document, item: Item, m: Mention, drafts: list[_Draft]) -> _Draft | None:
    """The one-day happening told last before `m`, when m's sentence goes on about it (by a word of its title,
    or as "It ...") and m's repetition outlasts it."""
    before = sorted((d for d in drafts if d.mention.start_offset < m.start_offset and d.mention is not m),
                    key=lambda d: d.mention.start_offset)
    sentence = _sentence_of(item, m.start_offset)
    if not before or sentence is None:
        return None
    stext = sentence.text_of(doc.text)
    words = _content_words(stext[:m.start_offset - sentence.start]) - _name_of(item.organizer) - {"new"}
    # (the last one told, or, past a timed happening of its day, the one its words name: "will open its ice rink on
    # the 11th. At 3 p.m. that day, ... a skating show. The rink will stay open every day until February 9")
    named = [d for d in before if type(d.start) is date and words & _content_words(d.title)]
    # (the last one its words name; of several, the one its ordinal names: "The second center will operate ...")
    ordinal = next((d for d in reversed(named) if words & _ORDINALS & _content_words(d.title)), None)
    told = before[-1] if _IT_OPENS.match(stext.strip()) else ordinal or (named[-1] if named else None)
    if told is None and (subject := _SUBJECT_NOUN.match(stext)) and before[-1].sentence is _previous_sentence(item, sentence.start) \
            and _singular(subject.group(1).lower()) in _content_words(before[-1].sentence.text_of(doc.text)):
        # "... the City Tour Bus will launch a 'Night Course' on the 25th. The double-decker bus will run every Friday
        # ...": the bus of the sentence just before
        told = before[-1]
    if told is None or type(told.start) is not date or told.end is not None or told.recurrence:
        return None
    if _open_ended(m.recurrence):  # (it starts then: "will resume the concert from April 28. It is held monthly")
        return told if day_of(m.start) < told.start else None
    return told if _last_time(m).date() > told.start else None


_ORDINALS = frozenset(["first", "second", "third", "fourth", "fifth"])
_NAME_APPOSITION = re.compile(r"([A-Z][\w'’.-]*(?:\s+[A-Z0-9][\w'’.-]*){1,5}),\s+(?:(?:the|a|an|its)\s+|[a-z]+ed\s+)[^,]{3,120},\s+[a-z]")
_SUBJECT_NOUN = re.compile(r"\s*The\s+(?:[a-z][\w-]*\s+){0,2}?([a-z]+)\s+will\s+(?:run|operate|leave|depart|open)\b")
_WILL_OPEN = re.compile(r"\bwill\s+(?:open|reopen|be\s+opened)\b")
_GALLERY_TOUR = re.compile(r"(?i)\b(?:docent|curator|gallery\s+talk|artist\s+talk|guided\s+tours?\s+of\s+the\s+exhibition)")
_CLOSING_TITLE = re.compile(r"\b[Cc]losing\s+(?:[Cc]eremony|[Ee]vent|[Pp]arty|[Cc]oncert|[Cc]elebration|[Ff]estivities)\b")
_OPENING_TITLE = re.compile(r"\b(?:[Oo]pening|[Ll]aunch)\s+(?:[Cc]eremony|[Ee]vent|[Pp]arty|[Cc]oncert|[Cc]elebration|[Ff]estivities|[Pp]erformance|[Ss]how)\b")
# ("docents will guide visitors every Saturday at 2 p.m. during the exhibition")
_DURING_SPAN = re.compile(r"[\s,]*(?:during|throughout|for\s+the\s+(?:length|duration)\s+of|(?:on\s+)?(?:each|every)\s+day\s+of)\s+the\s+"
                          r"(?:festival|exhibition|fair|holidays?|"
                          r"event|period|campaign|season|program|programme|market|show)\b"
                          r"|\b(?:talk|lecture|tour)\s+(?:on|about)\s+the\s+exhibition\b"  # ("a gallery talk on the exhibition")
                          r"|\bon\s+both\s+days\b")  # ("free shuttle buses will run ... from 8:30 a.m. to 6 p.m. on both days")


def _repeat_during(doc: Document, drafts: list[_Draft]) -> None:
    """A weekly repetition told "during the exhibition" runs on its days from the first to the last day of
    the span told before it in the item, not from the publication date on."""
    for series in drafts:
        m = series.mention
        if not (series.recurrence or "").startswith("FREQ=WEEKLY") or not _open_ended(series.recurrence) \
                or not _DURING_SPAN.match(doc.text, m.end_offset, m.end_offset + 60):
            continue
        span = max((d for d in drafts if d.mention.start_offset < m.start_offset and _spans(d, d.start)),
                   default=None, key=lambda d: d.mention.start_offset)
        if span is None:
            continue
        clock = series.start.time() if isinstance(series.start, datetime) else time()
        first = datetime.combine(day_of(span.start), clock)
        days = rrulestr(series.recurrence, dtstart=first).between(
            first, datetime.combine(_last_day_of(span), time(23, 59)), inc=True)
        if not days:
            continue
        length = series.end - series.start if isinstance(series.end, datetime) else None
        series.start = days[0] if isinstance(series.start, datetime) else days[0].date()
        series.end = series.start + length if length is not None else series.end
        series.recurrence = f"{series.recurrence};COUNT={len(days)}"
        series.inferred.append(f"On its days from {day_of(span.start).isoformat()} to {_last_day_of(span).isoformat()}, "
                               f"while {span.title} runs, as the article says.")


def _open_ended(recurrence: str | None) -> bool:
    return bool(recurrence) and "COUNT=" not in recurrence and "UNTIL=" not in recurrence


def _repeat_from_opening(series: _Draft, opening: _Draft, m: Mention) -> None:
    """A weekly repetition bounded by a last day runs from the opening told before it, under its name."""
    rule = re.sub(r";COUNT=\d+", "", m.recurrence)
    clock = m.start.time() if isinstance(m.start, datetime) else None
    first = datetime.combine(opening.start, clock or time())
    days = rrulestr(rule, dtstart=first).between(first, datetime.combine(_last_time(m).date(), time(23, 59)), inc=True)
    if not days:
        return
    series.start = days[0] if clock else days[0].date()
    if isinstance(m.end, datetime):
        series.end = datetime.combine(days[0].date(), m.end.time())
        if series.end <= series.start:  # ("every weeknight from 10 p.m. to 1 a.m.": past midnight)
            series.end += timedelta(days=1)
    series.recurrence = f"{rule};COUNT={len(days)}"
    series.title = opening.title


def _last_time(m: Mention) -> datetime:
    """The start of the last time a counted repetition happens."""
    first = m.start if isinstance(m.start, datetime) else datetime.combine(m.start, time())
    return list(rrulestr(m.recurrence, dtstart=first))[-1]


def _hours_of_days_listed(doc: Document, drafts: list[_Draft]) -> None:
    """"Fogging runs from 7 p.m. to 10 p.m. on the following days. △Ellisford-dong·Greyholm-dong: June 12 (Mon.) ~
    16 (Fri.) △...": each line listed below is that happening, at those hours, on its days, in the places it names."""
    for host in [d for d in drafts if isinstance(d.start, datetime) and d.mention.day_from_context
                 and _FOLLOWING_DAYS_AFTER.match(doc.text, d.mention.end_offset)]:
        listed = [(d, place) for d in drafts if type(d.start) is date
                  and 0 < d.mention.start_offset - host.mention.end_offset < 800
                  and (place := _PLACES_LABEL.match(doc.text, d.sentence.start))]
        for d, place in listed:
            d.title, d.location = host.title, re.sub(r"\s*·\s*", ", ", place.group("places"))
            _give_hours(d, host.mention, host.descriptions[0])
        if listed:
            drafts.remove(host)


_FOLLOWING_DAYS_AFTER = re.compile(r"\s*(?:on|for)\s+the\s+(?:following|days\s+below|dates\s+below)(?:\s+(?:days|dates))?\s*[.:]")
_PLACE_NAME = r"[A-Z][\w'’]*-(?:dong|gu|gun|myeon|eup|ri)\b"
_PLACES_LABEL = re.compile(rf"\s*[{FIELD_BULLETS}]\s*(?P<places>{_PLACE_NAME}(?:\s*[·,]\s*{_PLACE_NAME})*)\s*:")


def _give_hours(d: _Draft, m: Mention, sentence: str) -> None:
    first = d.start
    last = day_of(d.end) if d.end is not None else first
    if (last - first).days >= _LONGEST_DAILY and not d.recurrence:
        # a season of a service ("until April 30 next year"): its office hours, told, would be a hundred events
        d.descriptions.append(sentence)
        return
    clock_start = m.start.time() if isinstance(m.start, datetime) else m.start
    clock_end = m.end.time() if isinstance(m.end, datetime) else m.end
    if clock_end is not None and clock_end < clock_start and _MORNING_ENDS.search(d.mention.text):
        last -= timedelta(days=1)  # "every night from 10 p.m. to 5 a.m., ... until the morning of May 7": the 6th's is the last
    d.start = datetime.combine(first, clock_start)
    d.end = datetime.combine(first, clock_end) if clock_end is not None else None
    days = (last - first).days + 1
    if days > 1 and not d.recurrence and d.kind == "application" and clock_end is not None \
            and _WEEKDAYS_ONLY.match(m.recurrence or ""):
        # "Application period: Nov. 18 (Mon.)?Dec. 13 (Fri.), ... on weekdays 9:00~18:00": one period, open at office
        # hours (as when the field gives them itself), not a series of sessions
        d.end = datetime.combine(last, clock_end)
    elif days > 1 and not d.recurrence:  # (a weekly class keeps its days: the hours are those of each)
        closed = _closed_weekdays(sentence) | _days_not_in(m.recurrence)
        opens, d.recurrence = _daily(first, days, closed)  # ("daily except Mondays": the first open day starts it)
        d.start = datetime.combine(opens, clock_start)
        d.end = datetime.combine(opens, clock_end) if clock_end is not None else None
    d.location = d.location or _location(sentence)  # "Classes run from 2 p.m. to 4 p.m. in the computer room ..."
    d.descriptions.append(sentence)
    d.inferred.append(f"Hours from another sentence of the article: “{sentence}”")


_MORNING_ENDS = re.compile(r"\b(?:until|till|to|through)\s+the\s+(?:early\s+)?morning\s+of\b", re.IGNORECASE)
_LONGEST_DAILY = 100  # days: a span longer than a season keeps its days whole, its hours told in its description


def _daily(first: date, days: int, closed: set[int]) -> tuple[date, str]:
    """The first open day of a span of `days` days, and the rule of its open days."""
    open_days = [day for day in (first + timedelta(n) for n in range(days)) if day.weekday() not in closed]
    if not closed or not open_days:
        return first, f"FREQ=DAILY;COUNT={days}"
    byday = ",".join(RRULE_DAYS[w] for w in range(7) if w not in closed)
    return open_days[0], f"FREQ=DAILY;BYDAY={byday};COUNT={len(open_days)}"


def _days_not_in(recurrence: str | None) -> set[int]:
    """The weekdays a weekly rule of opening days skips ("on weekends": Monday to Friday)."""
    if not (_SOME_DAYS.fullmatch(recurrence or "") or _ONE_WEEKEND_DAY.fullmatch(recurrence or "")):
        return set()
    return set(range(7)) - {RRULE_DAYS.index(code) for code in recurrence.split("BYDAY=")[1].split(",")}


def _days_label(m: Mention) -> str:
    if _ONE_WEEKEND_DAY.fullmatch(m.recurrence or ""):
        return calendar.day_name[RRULE_DAYS.index(m.recurrence[-2:])] + "s"
    return "weekends" if m.recurrence == "FREQ=WEEKLY;BYDAY=SA,SU" else "weekdays" if _WEEKDAYS_ONLY.fullmatch(
        m.recurrence or "") else m.text.split()[-1]


_WEEKDAYS_ONLY = re.compile(r"FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR")
_SOME_DAYS = re.compile(r"FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR|FREQ=WEEKLY;BYDAY=SA,SU")  # opening days: weekdays, weekends
_ONE_WEEKEND_DAY = re.compile(r"FREQ=WEEKLY;BYDAY=(?:SA|SU)")  # "and on Saturdays from 9 a.m. to 1 p.m.": hours apart
_CLOSED_ON = re.compile(r"\b(?:except(?:\s+on)?|excluding|closed(?:\s+on)?|(?:no|not\s+open\s+on)\s+)\s*((?:(?:mon|tues|wednes|"
                        r"thurs|fri|satur|sun)days?(?:\s*(?:,|and|or)\s*)?)+)", re.IGNORECASE)
_DAYS_IN_PARENS = re.compile(r"\b(?:a|per)\s+week\s*\(((?:\s*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\s*[,/&]?)+)\)")
_WEEKDAY_ABBR = re.compile(r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun)")
_MONDAY_TO_FRIDAY = re.compile(r"\bMon(?:day)?\.?\s*(?:-|–|~|to|through)\s*Fri(?:day)?\b")
_WEEKDAY_NAME = re.compile(r"(mon|tues|wednes|thurs|fri|satur|sun)day", re.IGNORECASE)


def _closed_weekdays(sentence: str) -> set[int]:
    """"daily except Mondays", "(closed on Mondays and Tuesdays)", "Mon-Fri": the weekdays a daily schedule skips."""
    closed = {WEEKDAYS[w.group(1).lower()[:3]] for m in _CLOSED_ON.finditer(sentence)
              for w in _WEEKDAY_NAME.finditer(m.group(1))}
    if listed := _DAYS_IN_PARENS.search(sentence):  # "two classes per week (Tue, Thu)": the others
        closed |= set(range(7)) - {WEEKDAYS[w.group(1).lower()[:3]] for w in _WEEKDAY_ABBR.finditer(listed.group(1))}
    return closed | {5, 6} if _MONDAY_TO_FRIDAY.search(sentence) else closed


def _at_venue_named(told: str, title_words: set[str]) -> bool:
    """Whether a sentence speaks of the venue an earlier title names: "(the Riverside Outdoor Pool ...) held from
    8 a.m. to 9 a.m. before the pool opens to the public"."""
    if _OWN_PLACE.search(told):
        return False  # ("held ... in the square next to the field": a place of its own)
    return any(_VENUE_WORD.fullmatch(w) and re.search(rf"\bthe\s+{w}\b", told, re.IGNORECASE) for w in title_words)


def _at_place_named(told: str, title: str) -> bool:
    """Whether a sentence is held "at the shelter" that an earlier title names ("the ‘Winter Night Shelter’")."""
    return _NAMED_PLACE.fullmatch(title) is not None \
        and re.search(rf"\b(?:at|in)\s+the\s+{re.escape(title.split()[-1])}\b(?!\s+of\b)", told, re.IGNORECASE) is not None


_NAMED_PLACE = re.compile(r"(?:[A-Z0-9][\w'’.-]*\s+){1,6}(?i:pool|rink|park|garden|library|center|centre|hall|plaza|square|stadium|"
                          r"museum|gallery|market|shelter|studio|cafe|café|lounge|pavilion)")  # a proper name ending in a venue noun
_NAMED_PLACE_CLOSED = re.compile(rf"((?:(?:[A-Z][\w'’.-]*\s+){{1,6}}(?:{_VENUE}s?|Bridge|Underpass|Overpass|Tunnel|[Rr]oad(?:\s+\d+)?)"
                                 r"|[A-Z][\w'’.]*-(?:ro|gil|daero))"  # (or a road by its Korean name: "Crowhaven-ro closed")
                                 r"(?:\s+in\s+[A-Z][\w-]+)?)\s+(?:closed|(?:re)?opens)")  # ("... Library opens": there)
_OTHER_ONES = re.compile(r"(?i)(?:the\s+)?other\b")
_ROAD_TITLE = re.compile(rf"(?:[\w-]+\s+){{0,2}}{_KOREAN_ROAD}\b")
_NAMED_VENUE = re.compile(r"(?:[A-Z][\w'’.-]*\s+){1,6}(?:Rink|Pool|Library|Museum|Center|Centre|Gallery|Field|Park|Beach|Stadium"
                          r"|Gymnasium|Hall|Theater|Theatre)")  # (a place of its own: not a market, whose place is told)
_PLACE_HOURS_TITLE = re.compile(r"(.+?)\s+(?:extended\s+)?hours")
_PLACE_OPEN_DAILY = re.compile(r"(?:[A-Z0-9][\w'’.-]*\s+){1,6}(?i:pool|rink|beach|swimming\s+area|sledding\s+hill|water\s+park|"
                               r"campground|library)(?:\s+in\s+[A-Z][\w-]+)?")
_OWN_PLACE = re.compile(r"\b(?:at|in)\s+the\s+(?!same\b)[a-z]")


def _inherit_places(doc: Document, item: Item, drafts: list[_Draft]) -> None:
    """An event with no place of its own takes the place of an earlier event about the same thing,
    or the venue that the item names in a sentence of its own ("All classes are held at X")."""
    venue = None
    venue_sought = False  # the venue is looked for only when an event needs it: most have a place of their own
    # (a district's name in two titles, "Riverside Book Fair" and "Riverside Film Festival", makes them no one event)
    title_words = [_content_words(d.title) - _name_of(d.organizer) for d in drafts]
    for i, d in enumerate(drafts):
        if d.location and d.location.lower().startswith("same "):
            d.location = None  # "in the same hall": the place told before (below)
        if not d.location and (shut := _NAMED_PLACE_CLOSED.fullmatch(d.title)):
            d.location = shut.group(1)  # "Hill Safety Experience Center in Harbor-dong closed": where it is shut
            d.inferred.append(f"Place: the one that {'is closed' if d.title.endswith(' closed') else 'opens'}.")
        if not d.location and d.title.startswith("Work on "):
            d.location = d.title.removeprefix("Work on ")  # (the road worked on)
            d.inferred.append("Place: the road worked on.")

        if not d.location and d.kind == "event" and _NAMED_VENUE.fullmatch(d.title) \
                and _WILL_OPEN.search(doc.text, d.sentence.start, d.sentence.end) \
                and _location(d.sentence.text_of(doc.text)) is None:
            d.location = d.title  # "the 'Ellbrook Civic Plaza Outdoor Ice Rink' will open on the 23rd": there
            d.inferred.append("Place: the one that opens.")
        if not d.location and _OPENING_TITLE.search(d.title) and (before := _previous_sentence(item, d.sentence.start)) \
                and _WILL_OPEN.search(told := before.text_of(doc.text)) and (place := _location(told)):
            # "... the 'X Toy Library Ambergate Branch', will open on the 2nd floor of Y. An opening ceremony will be
            # held at 11 a.m. on the 28th": where it opens
            d.location = place
            d.inferred.append("Place: where the sentence before says it opens.")
        if not d.location and _RESTRICTED.search(doc.text, d.sentence.start, d.sentence.end) \
                and (roads := _ROAD_ENTRY.findall(doc.text, d.sentence.end, doc.text.find("\n", doc.text.find("\n", d.sentence.end) + 1))):
            # "Traffic ... will be controlled from 7 a.m. to 12 p.m. on race day.\n○ Silverbrook-ro (...): both directions
            # ○ Riverside Road (...)": the roads listed next
            d.location = ", ".join(dict.fromkeys(roads))
            d.inferred.append("Place: the roads listed after it.")
        if not d.location and d.kind == "event" and (off := next((o for x in d.descriptions if (o := _SETS_OFF_FROM.search(x))), None)):
            d.location = off.group("place")  # "Walkers will set off at 9 a.m. from the entrance plaza of X Park": there
            d.inferred.append(_SET_OFF_PLACE)
        if not d.location and _VOTING.search(f"{d.title} {d.descriptions[0]}") \
                and (stations := _stations_told_next(doc, item, d)):
            d.location = stations  # "Early voting stations will be set up at three places: the 2nd-floor meeting room of ..."
            d.inferred.append("Place: the stations the article lists.")
        if not d.location and (place := _place_told_next(doc, item, d, drafts)):
            # "Applicants can ... visit the Job Support Center on the 2nd floor of ...", "Residents can drop off
            # clothes at any of the 21 community service centers"
            d.location = place
            d.inferred.append("Place where one applies or takes part, as the article says.")
        if not d.location and d.kind == "event" and (place := _venue_told_next(doc, item, d, drafts)):
            d.location = place  # "... on the 28th from 2 p.m. to 4 p.m. The venue is the Healthy Hall on the 3rd floor of ..."
            d.inferred.append("Place from the sentence after, which names the venue.")
        if not d.location and d.kind == "application" and item.organizer and _HOUSE.search(item.organizer) \
                and _IN_PERSON.search(doc.text, d.sentence.start, d.sentence.end):
            d.location = item.organizer  # "○ Application: Sept. 22 ~ Oct. 2, in person or by phone", a center's: there
            d.inferred.append("Place: the body that takes applications in person.")
        line_end = doc.text.find("\n", d.sentence.start)
        if not d.location and d.kind == "application" and (desk := _APPLY_IN_PERSON_AT.search(
                doc.text, d.sentence.start, line_end if line_end >= 0 else len(doc.text))):
            # "○ Submission period: Sept. 8 (Mon.) ~ Oct. 17 (Fri.) ... ○ How to apply: by email or in person at the
            # Culture and Tourism Division on the 5th floor of the district office": where one applies in person
            d.location = _location(desk.group()) or None
            if d.location:
                d.inferred.append("Place: where one applies in person.")
        if not d.location and d.kind in ("application", "deadline") and (site := _site_told(doc, item, d, drafts)):
            d.location = site  # "Applications are taken on the district website from the 14th to the 25th": there
            d.online = True
            d.inferred.append("Online, where one applies, as the article says.")
        if d.location or d.kind in ("application", "deadline"):
            continue  # (one applies online, by phone or at an office, rarely at the event's place)
        # the nearest earlier events only: an article returns to what it told a few sentences before
        same_place = _SAME_PLACE.search(d.descriptions[0])  # "at the same place": the one told just before
        # ("the closing ceremony ... at 6 p.m. on the last day of the festival": at the festival's place)
        # (or "A lighting ceremony will open the festival ... on the first day": of the festival, told in its sentence)
        # ("... on the second day at 1 p.m., an artist will hold a talk": the day of the span told just before)
        # ("- 22nd (Fri): Opening ceremony at 2 p.m.": a line of the programme of the festival told before)
        of_span = d.mention.rule.endswith(" of a span") or bool(_DAY_LABEL.match(d.descriptions[0]))
        # ("The center will move to a temporary office on Feb. 5. Civil services at the center will be suspended on
        # Feb. 2": at the center an earlier title names, not where that one is held)
        at_named = next((drafts[j].title for j in range(i - 1, max(-1, i - 12), -1)
                         if drafts[j].title != d.title and _at_place_named(d.descriptions[0], drafts[j].title)), None)
        # (not to "Other five beaches, including ...", nor to a road's closure: "Four-lane Belvane-ro between ...")
        apart = at_named or _OTHER_ONES.match(d.title) or _ROAD_TITLE.match(d.title)
        donor = None if apart else next((drafts[j] for j in range(i - 1, max(-1, i - 12), -1)
                      # (where one applies for a thing is not where anything of it happens)
                      # (nor is where one day of a schedule is, "△Aug. 18 (Mon.): Ashby-dong", where the others are)
                      if drafts[j].location and drafts[j].kind not in ("application", "deadline")
                      and _SET_OFF_PLACE not in drafts[j].inferred  # (where a parade sets off is no place of the others)
                      and not _DATED_ENTRY_START.match(doc.text, drafts[j].sentence.start) and (same_place or title_words[i] & title_words[j]
                                                 # ("Brackenridge Central Library reopens" ... "'Storytime for Little
                                                 # Readers' will also be held every Saturday"): what its item holds is there
                                                 or _PLACE_REOPENS.fullmatch(drafts[j].title) and d.item is drafts[j].item
                                                 or _at_venue_named(d.descriptions[0], title_words[j])
                                                 # ("The center ... will close from the 19th to the 21st. It will open with
                                                 # shortened hours ... on the 18th": where the subject told just before is)
                                                 or _IT_SUBJECT.match(d.descriptions[0]) and j == i - 1
                                                 and drafts[j].sentence is _previous_sentence(item, d.sentence.start)
                                                 or (of_span or _DAY_OF_RUN_LEAD.match(d.descriptions[0])) and _spans(drafts[j], d.start)
                                                 # (a happening on a day of a festival told before, where it is held)
                                                 or _spans(drafts[j], d.start) and _FESTIVAL.search(drafts[j].title)
                                                 and d.sentence.start - drafts[j].sentence.end < _NEAR
                                                 # (its opening ceremony on its first day, a series' too; what is held
                                                 # "during the exhibition")
                                                 # (its closing event on a day of it: "A closing event ... at 4 p.m. on
                                                 # the 11th (Sat.)", of the rink open until the 12th)
                                                 or _CLOSING_TITLE.search(d.title) and _spans(drafts[j], d.start)
                                                 and d.sentence.start - drafts[j].sentence.end < _NEAR
                                                 # ("An opening event ... will be held at 11 a.m. on opening day": of
                                                 # what its item opens that day, however much was told between)
                                                 or _OPENING_TITLE.search(d.title) and _ON_OPENING_DAY.search(d.descriptions[0])
                                                 and day_of(d.start) == day_of(drafts[j].start) and d.item is drafts[j].item
                                                 or (_spans(drafts[j], d.start) or drafts[j].recurrence
                                                     or day_of(drafts[j].start) == day_of(d.start))
                                                 and d.sentence.start - drafts[j].sentence.end < _NEAR
                                                 and (_OPENING_TITLE.search(d.title) and day_of(d.start) == day_of(drafts[j].start)
                                                      or _spans(drafts[j], d.start) and _DURING_SPAN.search(d.descriptions[0])))), None)
        if same_place and (place := _location(_sentence_before(doc, item, d))):
            d.location = place  # "... at the riverside of Hollow Stream, has been canceled. Instead, ... at the same place"
            d.inferred.append("Place from the sentence before, which the article refers to as the same place.")
        elif donor:
            d.location = donor.location
            d.inferred.append("Place taken from an earlier sentence about the same event.")
        elif held_at := at_named or next((drafts[j].title for j in range(i - 1, max(-1, i - 12), -1) if drafts[j].title != d.title
                                          and _at_venue_named(d.descriptions[0], title_words[j])
                                          and _NAMED_PLACE.fullmatch(drafts[j].title)), None):
            # (not itself: "Once it opens, the market will run ...", of the market)
            d.location = held_at  # "(will open the ‘Elmstead Plaza Outdoor Ice Rink’ ...) the rink's opening day": the rink
            d.inferred.append("Place named by an earlier event, which this one is held at.")
        elif (named := _naming_sentence(doc, item, d)) and (place := _location(named) or _house_that_opens(doc, item, named)):
            # "will run a ‘Tax Help Desk’ at 12 community service centers. The help desk opens ..."; "(... the Women's
            # Reemployment Center by the 24th.) The center will also open a 'Computer Class' ... It runs every Tuesday": there
            d.location = place
            d.inferred.append(f"Place from the sentence that names it: “{named}”")
        elif named and _ONLINE.search(named) and d.kind == "event":
            d.online = True  # "will open 20 online courses via Zoom. The courses ... will run twice a week ..."
            d.descriptions.append(named)
            d.inferred.append("Online, as the sentence that names it says.")
        elif d.kind == "event" and (not d.online or d.start != d.end):
            if not venue_sought:
                venue, venue_sought = _venue(doc, item, drafts), True
            if venue:
                d.location = venue
                d.inferred.append("Place taken from the venue the article names for it.")
            elif d.organizer and _COUNCIL.search(d.organizer) and _COUNCIL_BUSINESS.search(d.descriptions[0]):
                d.location = d.organizer  # "The audit results will be adopted at the 2nd plenary meeting at 10 a.m."
                d.inferred.append("Held at the council, where its sessions and committees meet.")
            elif d.organizer and _VENUE_BODY.search(house := _OF_DISTRICT_END.sub("", d.organizer)):
                d.location = house  # "Brightwater Temple (Abbot ...) will hold its 'Lotus Pond Lantern Night'": there
                # (and "the Bramcote History Museum of Bramcote-gu": the museum)
                d.inferred.append("Held at the place that holds it.")
        if not d.location and (hours := _PLACE_HOURS_TITLE.fullmatch(d.title)) and _NAMED_PLACE.fullmatch(hours.group(1)):
            d.location = hours.group(1)  # "Ravensholm Citizens' Swimming Pool extended hours": there, if no other place
            d.inferred.append("Place: the one whose hours these are.")
        if not d.location and d.recurrence and _PLACE_OPEN_DAILY.fullmatch(d.title):
            d.location = d.title  # "the Tarrow River Natural Swimming Area in Hollin-myeon ... will stay open daily": there
            d.inferred.append("Place: the one whose opening days these are.")
        if not d.location and (d.online or _ONLINE_HAPPENING.search(d.descriptions[0])) and d.kind == "event" \
                and (platform := _platform(d.descriptions[0]) or _platform(item.sentences[0].text_of(doc.text))):
            # "... will hold the festival online ... through the foundation's YouTube channel. The festival will open with
            # an online concert, 'Full Moon Serenade', which premieres at 7:30 p.m. on the 24th": where to watch it
            d.location, d.online = platform, True
            d.inferred.append("Online, on the channel the article names.")
        if not d.location and d.title.endswith(" closed") and (along := _ALONG.search(d.title)):
            d.location = along.group(1)  # "Walking trail and bicycle path along Marshbury Stream closed": there
            d.inferred.append("Place: where what is closed runs.")
        if not d.location and _GALLERY_TOUR.search(d.title) and (shown := next((
                x for x in reversed(drafts[:i]) if x.item is d.item and x.location and _spans(x, day_of(d.start))), None)):
            d.location = shown.location  # "Docent tours will be held at 11 a.m. every Saturday": where the exhibition is
            d.inferred.append(f"Place: where {shown.title} is shown.")


_COUNCIL = re.compile(r"\bCouncil$")
_VOTING = re.compile(r"(?i)\b(?:early\s+voting|voting|by-election|election)\b")
_STATIONS_AT = re.compile(r"\b(?:[Ee]arly\s+)?(?:voting|polling)\s+stations?\s+will\s+be\s+(?:set\s+up|installed|opened|located)\s+"
                          r"(?:at|in)\s+(?:\w+\s+(?:places|locations)\s*:\s*)?(?:the\s+)?(?P<place>[^.;]{5,300}?)\s*(?:[.;]|$)")


def _stations_told_next(doc: Document, item: Item, d: _Draft) -> str | None:
    """The voting stations listed in the sentence of a vote or one of the five after it."""
    i = item.sentences.index(d.sentence) if d.sentence in item.sentences else len(item.sentences)
    for sentence in item.sentences[i:i + 6]:
        if listed := _STATIONS_AT.search(doc.text, sentence.start, sentence.end):
            return listed.group("place")
    return None
_PLATFORM = re.compile(r"\b(?:YouTube|Zoom|Instagram|Facebook|Naver\s+TV|KakaoTV)(?:\s+(?:channel|Live))?"
                       r"|\b(?:cable\s+)?channel\s+[A-Z][\w'’]*(?:\s+(?:TV|[A-Z][\w'’]*))?")
_ONLINE_HAPPENING = re.compile(r"\b(?:online\s+(?:concert|festival|event|lecture|performance|exhibition|program)|"
                               r"live\s+broadcast|premieres?|streamed|live-?streamed)\b", re.IGNORECASE)


def _platform(text: str) -> str | None:
    """The platform an online happening is on: "the foundation's YouTube channel", "via Zoom"."""
    found = _PLATFORM.search(text)
    return found.group() if found else None
_OF_DISTRICT_END = re.compile(r"\s+(?:of|in)\s+[A-Z][\w'’-]*(?:-(?:gu|gun|si)|\s+(?:City|County))$")
_SET_OFF_PLACE = "Place: where it sets off from."
_SETS_OFF_FROM = re.compile(r"\bset\s+off\s+at\s+[\d:.]+\s*[ap]\.?m\.?\s+from\s+(?:the\s+)?(?P<place>[^,.;]{3,80}?)"
                            r"(?=\s+(?:toward|towards|to|and|with|on|at)\b|[,.;]|$)")
_APPLY_IN_PERSON_AT = re.compile(rf"{FIELD_MARK}\s*How\s+to\s+apply\s*:[^{FIELD_BULLETS}\n]*?\bin\s+person\s+at\s+[^{FIELD_BULLETS}\n]+")
_PLACE_REOPENS = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+(?:Library|Center|Centre|Museum|Hall|Gallery)\s+reopens")
_ALONG = re.compile(r"\balong\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})")
_ON_OPENING_DAY = re.compile(r"\bon\s+(?:the\s+)?opening\s+day\b", re.IGNORECASE)
_DAY_OF_RUN_LEAD = re.compile(r"\W*On\s+the\s+(?:first|last|final|second|third|opening|closing)\s+day\b", re.IGNORECASE)
_SHUT_LABEL = re.compile(r"(?i)(?:(?:\d(?:st|nd|rd|th)|first|second|third)\s+)?"  # ("△1st closure: ... △2nd closure: ...")
                         r"(?:closure(?:\s+period)?|closed|(reopening|reopens?)(?:\s+date)?)")
_TRAFFIC_OF_NAMED = re.compile(r"\b[Tt]raffic\s+(?:along|on|around|near)\s+(?:the\s+)?(?:course|route|roads?|streets?)\s+(?:of|around)\s+"
                               r"(?:the\s+)?[‘'“\"](?P<name>[^’'”\"]{3,80})[’'”\"]\s+will\s+be\s+(?:controlled|restricted|closed)")
_TRAFFIC_LEAD = re.compile(r"\b(?:[Tt]raffic|[Vv]ehicles?)\s+(?:will\s+be|is|are)\s+(?:controlled|restricted|banned)\b|\b[Tt]raffic\s+control\b")
# ("The museum will also open the special exhibition ... on the same day": at the museum named before)
_HOUSE_OPENS = re.compile(r"\W*The\s+(museum|library|gallery|theater|theatre)\s+will\s+(?:also\s+)?(?:open|hold|host|run|stage)\b")


def _house_that_opens(doc: Document, item: Item, told: str) -> str | None:
    """The center (library, museum ...) named before that a sentence says will open or hold something."""
    house = _HOUSE_OPENS.match(told) or _CENTER_OPENS.match(told)
    at = doc.text.find(told, item.start)
    return _name_told_before(doc.text, item, at, house.group(1)) if house and at >= 0 else None


_CENTER_OPENS = re.compile(r"\W*The\s+(center|centre)\s+will\s+(?:also\s+)?(?:open|hold|host|run|offer)\b")
_HOUSE = re.compile(r"\b(?:Center|Centre|Library|Museum|Gallery|Office)$")
_IN_PERSON = re.compile(r"\bin\s+person\b")
_VENUE_BODY = re.compile(r"\b(?:Temple|Museum|Library|Gallery|Arts\s+Hall|Arts\s+Center)$")
_COUNCIL_BUSINESS = re.compile(r"\b(?:plenary|session|committees?|audit|deliberat\w*|vote)\b", re.IGNORECASE)
# ("Both talks will be held in the library's 5th-floor auditorium and last about 90 minutes.")
_ALL_HELD_AT = re.compile(r"(?:Both|All|Each)\s+(?:of\s+the\s+)?(?:[a-z]+\s+)?(?:talks?|lectures?|sessions?|classes|concerts?"
                          r"|performances?|events?|screenings?|programs?|meetings?|shows?)\s+(?:will\s+be|are)\s+held\s+"
                          r"(?:in|at)\s+(?:the\s+)?(?P<loc>[^.;,]{4,120}?)(?=\s+and\s|[,.;]|$)")
# ("Some 1,000 participants will march 2.1 km from City Hall Plaza to Northgate Rotary": where the parade sets off)
_MARCHES_FROM = re.compile(r"\b(?:(?:will\s+)?(?:march|parade|walk|run)\s+(?:[\d.]+\s*k?m\s+)?|route\s+)from\s+(?:the\s+)?"
                           r"(?P<loc>[A-Z][^.;,]{3,60}?)\s+to\s+(?:the\s+)?[A-Z]")  # (or "along a 2.4 km route from X to Y")
_VENUE_IS = re.compile(r"(?:The\s+)?(?:venue|place|location)\s+(?:is|will\s+be|remains|stays|will\s+remain)\s+(?:the\s+)?(?P<loc>[^.;]{4,120}?)\s*[.;]?$")


_SITE_AT = re.compile(r"\b(?:on|through|via|at|using)\s+(?:the\s+|its\s+|their\s+)?(?P<site>(?:[A-Z][\w'’-]*\s+){0,4}"
                      r"(?:[a-z][\w-]*\s+){0,2}(?:website|homepage|portal|app)\b)")


def _site_told(doc: Document, item: Item, d: _Draft, drafts: list[_Draft]) -> str | None:
    """The website (portal, app) that the sentence of an application, or the next one, says one applies on."""
    i = item.sentences.index(d.sentence) if d.sentence in item.sentences else len(item.sentences)
    for sentence in item.sentences[i:i + 2]:
        if sentence is not d.sentence and any(x.sentence is sentence for x in drafts):
            break  # (a sentence with a date of its own tells of something else)
        if (site := _SITE_AT.search(doc.text, sentence.start, sentence.end)) and " " in site.group("site"):
            return site.group("site")  # (not "on its website": a site that names nobody's)
    return None


def _venue_told_next(doc: Document, item: Item, d: _Draft, drafts: list[_Draft]) -> str | None:
    """"The venue is the Grand Theater on the 1st floor of X": the place of the happening told just before."""
    i = item.sentences.index(d.sentence) if d.sentence in item.sentences else len(item.sentences)
    if i + 1 >= len(item.sentences) or any(x.sentence is item.sentences[i + 1] for x in drafts):
        return None
    told = _VENUE_IS.match(after := item.sentences[i + 1].text_of(doc.text)) or _ALL_HELD_AT.match(after) \
        or _MARCHES_FROM.search(after)
    return told.group("loc") if told else None


def _tell_where_named(doc: Document, item: Item, drafts: list[_Draft]) -> None:
    """An event named in a sentence before its own ("will hold the ‘Bell-Ringing Ceremony’ at X Park. The
    ceremony will open ... at 7 p.m.") tells that sentence too: it says what and where."""
    for d in drafts:
        if len(d.title.split()) >= 2 and _PART_SUFFIX.sub("", d.title) not in d.descriptions[0] \
                and (named := _naming_sentence(doc, item, d)):
            named = named[byline.end():] if (byline := _BYLINE.match(named)) else named.strip()
            if named not in d.descriptions:
                d.descriptions.append(named)


_DURING_IT = re.compile(r"\s*During\s+the\s+(?:week|festival|event|period|fair|exhibition|campaign|holidays?)\s*,", re.IGNORECASE)


def _tell_what_follows(doc: Document, item: Item, drafts: list[_Draft]) -> None:
    """The sentence after an event's, when it opens on the event ("During the week, every ride of up to 60 minutes is
    free ..."), tells what happens at it: its description says so too."""
    for d in drafts:
        i = item.sentences.index(d.sentence) if d.sentence in item.sentences else -1
        after = item.sentences[i + 1] if 0 <= i < len(item.sentences) - 1 else None
        if after is not None and _DURING_IT.match(doc.text, after.start) and not any(x.sentence is after for x in drafts):
            told = after.text_of(doc.text)
            if told not in d.descriptions:
                d.descriptions.append(told)


_ROAD_ENTRY = re.compile(rf"(?:^|(?<=[{ANY_BULLET}]))[ \t]*([A-Z][\w'’]*(?:-(?:ro|gil|daero)(?:\s+\d+-gil)?|(?:\s+[A-Z][\w'’]*)?\s+"
                         r"(?:Road|Street|Avenue|Boulevard)))(?=\s*[(:])", re.MULTILINE)


def _place_told_next(doc: Document, item: Item, d: _Draft, drafts: list[_Draft]) -> str | None:
    """The place its sentence, or the next, says one applies at ("apply at their local community service center"),
    or, for a happening, takes part at ("can drop off clothes at any of the 21 centers")."""
    i = item.sentences.index(d.sentence) if d.sentence in item.sentences else len(item.sentences)
    told_at = _APPLY_AT if d.kind in ("application", "deadline") else _TAKE_PART_AT
    # (its own sentence and the next three, which go on about it; for a deadline, the one before too: "... must submit
    # a transcript ... to the Education Support Division ... Documents must arrive by 6 p.m. on September 12")
    before = [item.sentences[i - 1]] if d.kind == "deadline" and 0 < i < len(item.sentences) else []
    if d.kind == "application" and i < len(item.sentences) and _FIELD_LINE.match(doc.text, d.sentence.start):
        # ("Applications will be received in two stages at dong community service centers. ○ Priority: ... ○ General:
        # ...": the sentence that the fields go on from)
        j = i - 1
        while j >= 0 and _FIELD_LINE.match(doc.text, item.sentences[j].start):
            j -= 1
        before = item.sentences[j:j + 1] if j >= 0 else []
    for sentence in [*item.sentences[i:i + 1], *before, *item.sentences[i + 1:i + 4]]:
        if sentence is not d.sentence and any(x.sentence is sentence for x in drafts):
            break  # a sentence with a date of its own tells of something else
        if (at := told_at.search(doc.text, sentence.start, sentence.end)) and _VENUE_WORD.search(at.group("place")):
            place = re.sub(r"^(?:their|its|your)\s+", "", at.group("place").strip())  # ("at their village hall")
            if place.islower() and len(place.split()) <= 2:  # "in person at the center": the center named before
                named = re.findall(rf"\b((?:[A-Z][\w'’-]*\s+)+{re.escape(place.title())})\b", doc.text[item.start:at.start()])
                return named[-1].removeprefix("The ") if named else (place if " " in place else None)
            return place
    return None


_TAKE_PART_AT = re.compile(r"(?:\bdrop\s+off\b[^.;]{0,80}?\bat|\b(?:is|are)\s+(?:given|administered|offered)\s+(?:free\s+(?:of\s+charge\s+)?)?at|\b(?:[Ss]etting\s+off|[Dd]epart(?:s|ing)?|[Ss]tarting)\s+from|\bcan\s+be\s+(?:vaccinated|screened|tested|examined|treated)\s+(?:free(?:\s+of\s+charge)?\s+)?at|\b(?:collection\s+)?(?:boxes|bins)\s+will\s+be\s+(?:placed|set\s+up|installed)"
                           r"\s+(?:in|at))\s+(?:any\s+of\s+)?(?:the\s+)?(?P<place>[^,.;]{3,80}?)"
                           r"(?=\s+(?:by|from|until|during|between|or|and|to|in\s+the\s+district)\b|[,.;]|$)")
_APPLY_AT = re.compile(r"\b(?:visit(?:ing)?|apply\s+(?:in\s+person\s+)?at|in\s+person\s+(?:at|to)|submit\w*\s+(?:[\w-]+\s+){0,4}?at"
                       r"|(?:received|accepted|taken)\s+(?:in\s+\w+\s+stages\s+|on\s+[^,.;]{3,60}?\s+or\s+)?at"  # ("will be received in two stages at ...")
                       # ("must submit a transcript ..., in person or by registered mail, to the Education Support Division")
                       r"|(?:submit|send|mail)\w*\b[^.;]{0,120}?,\s+to)"
                       r"\s+(?:the\s+|their\s+(?:local\s+)?|your\s+(?:local\s+)?)?(?P<place>[^,.;(]{3,100}?)"
                       r"(?=\s+(?:by|from|until|with|during|between|and(?!\s+[A-Z])|to|or\s+(?:online|by|through|via|on|apply|register|call))\b"
                       r"|\s*\(|[,.;]|$)")  # (not the phone number after it: "... of the district office (☎ 02-...)")


def _drill_hours(item: Item, drafts: list[_Draft], text: str) -> None:
    """A one-day drill told with its day, then the closing of its place for some hours ("... will hold a closure drill
    at the Sunmore Underpass on the 13th (Thu). The underpass will be closed to vehicles from 1:30 p.m. to 3:30 p.m."):
    one happening, at those hours."""
    for drill in [d for d in drafts if type(d.start) is date and d.end is None and _DRILL.search(d.title)]:
        after = _sentence_after(item, drill.sentence)
        shut = _PLACE_SHUT.match(text, after.start, after.end) if after is not None else None
        closing = next((d for d in drafts if d.sentence is after and isinstance(d.start, datetime)
                        and d.start.date() == drill.start), None) if shut else None
        if closing is not None and shut.group(1) in f"{drill.location or ''} {drill.descriptions[0]}".lower():
            drill.start, drill.end = closing.start, closing.end
            drill.descriptions.append(after.text_of(text).strip())
            drill.inferred.append("At the hours its place is closed, as the sentence after says.")
            drafts.remove(closing)


def _ends_around(drafts: list[_Draft], text: str) -> None:
    """"The ceremony will begin at 10:30 p.m. on the 31st ..., followed at 11:40 p.m. by ... the bell will be struck
    33 times from midnight ... The event will end around 0:30 a.m. on Jan. 1": one happening until the hour its end is
    told at; the moments told between are its programme."""
    for end in [d for d in drafts if isinstance(d.start, datetime) and d.end is None
                and _ENDS_AROUND_BEFORE.search(text, max(d.sentence.start, d.mention.start_offset - 40), d.mention.start_offset)]:
        # (the start told first: what follows it, up to the end, is its programme)
        host = min((d for d in drafts if d.mention.start_offset < end.mention.start_offset and isinstance(d.start, datetime)
                    and d.end is None and not d.recurrence and d.start < end.start <= d.start + timedelta(hours=12)),
                   default=None, key=lambda d: d.mention.start_offset)
        if host is None:
            continue
        moments = [d for d in drafts if host.mention.start_offset < d.mention.start_offset < end.mention.start_offset
                   and isinstance(d.start, datetime) and d.end is None and host.start < d.start < end.start]
        for d in [*moments, end]:
            host.descriptions.extend(x for x in d.descriptions if x not in host.descriptions)
            drafts.remove(d)
        host.end = end.start
        host.inferred.append(f"Ends around {end.start.strftime('%H:%M')}, as the article says.")


_ENDS_AROUND_BEFORE = re.compile(r"\b(?:will\s+)?(?:end|ends|finish|finishes|wrap\s+up|wraps\s+up|conclude|concludes)\s+"
                                 r"(?:around|at|by|about|at\s+around|at\s+about)\s+$")
_DRILL = re.compile(r"(?i)\b(?:drill|closure)\b")
_PLACE_SHUT = re.compile(r"\s*The\s+([a-z]+)\s+will\s+be\s+(?:closed|shut)\b")


def _fields_restate_days(drafts: list[_Draft], text: str) -> None:
    """A notice's date field that gives again the first and last days told earlier for a happening is that
    happening's ("will hold the 'Memory Check' ... on the 19th (Sat) and 20th (Sun). ... △Date: Oct. 19 (Sat.) ~ 20
    (Sun.), 10:00~16:00"), whatever else the sentences between named."""
    for d in drafts:
        if d.kind != "event" or not _DATE_FIELD.match(text, d.sentence.start):
            continue
        first, last = day_of(d.start), _last_day_of(d)
        told = [e for e in drafts if e.kind == "event" and e.sentence.start < d.sentence.start and e.title != d.title
                and e.mention.start_offset < d.mention.start_offset and not _DATE_FIELD.match(text, e.sentence.start)]
        for e in told:
            if day_of(e.start) == first and any(_last_day_of(x) == last and x.title == e.title for x in told):
                d.title = e.title
                break


def _opening_day_of_span(drafts: list[_Draft]) -> None:
    """A day told, then a span from it in the same sentence, is the span's first day: "will open on the 12th (Fri) and
    operate for 45 days until Aug. 25" is one event."""
    for d in [d for d in drafts if d.end is None and type(d.start) is date and not d.recurrence]:
        if any(x is not d and x.sentence is d.sentence and x.title == d.title and x.start == d.start and not x.recurrence
               and type(x.end) is date and x.end > x.start and x.mention.start_offset > d.mention.start_offset for x in drafts):
            drafts.remove(d)


_STAYS_OPEN_OVER = re.compile(r"\b(?:stay|remain)s?\s+open\s+(?:throughout|during|over)\s+(?:the\s+)?$")
_HOLIDAY_RUNS = re.compile(r"\bholidays?\s+(?:will\s+)?(?:runs?|lasts?|is|are|spans?)\b")


def _field_gives_holiday_days(drafts: list[_Draft], text: str) -> None:
    """The days an article gives for a happening it also places in a holiday are its days, not the holiday's: a period
    field that covers the holiday ("... on-duty pharmacies ... during the Chuseok holiday. △Period: Sept. 18 (Sat.) ~ 22
    (Wed.)", the weekend before too), or days of the holiday told in the same sentence ("held the 'Folk Game Day' ... on
    the 10th and 11th, drawing 3,200 visitors over the Lunar New Year holiday")."""
    for d in [d for d in drafts if d.mention.rule.startswith("holiday")]:
        first, last = day_of(d.start), _last_day_of(d)
        if _STAYS_OPEN_OVER.search(text, d.sentence.start, d.mention.start_offset) and any(
                e is not d and e.sentence.start < d.sentence.start and _spans(e, first) and _spans(e, last) for e in drafts):
            drafts.remove(d)  # "(open daily from Sept. 27 to Oct. 12) The studio will stay open throughout the Chuseok
            continue  # holiday": days of the run told already, no happening of their own
        told = next((e for e in drafts if e is not d and 0 <= e.sentence.start - d.sentence.end < 300 and type(e.start) is date
                     and _HOLIDAY_RUNS.search(text, e.sentence.start, e.mention.start_offset)
                     and day_of(e.start) <= first and _last_day_of(e) >= last), None)
        if told is not None:
            # "... to stay open during the Lunar New Year holiday. ... this year's holiday runs for six days, from the 25th
            # to the 30th": the days of that holiday, the article's own count
            d.start, d.end = told.start, told.end
            drafts.remove(told)
            if any(x is not d and (x.start, x.end) == (d.start, d.end) and _content_words(x.title) & _content_words(d.title)
                   for x in drafts):
                drafts.remove(d)  # ("The designated clinics and pharmacies will take turns opening from Jan. 25 to 30": told)
            continue
        if any(e is not d and e.title == d.title and (
                _PERIOD_FIELD.match(text, e.sentence.start) and e.sentence.start > d.sentence.start
                and day_of(e.start) <= first and _last_day_of(e) >= last
                or e.sentence is d.sentence and first < last and first <= day_of(e.start) and _last_day_of(e) <= last)
               for e in drafts):
            drafts.remove(d)


def _ends_told_after(drafts: list[_Draft], text: str) -> None:
    """"Celebratory performances will begin at 11 p.m. ... The ceremony will end with fireworks at 12:40 a.m. on
    Jan. 1": the end of the happening told just before, which had only its start, not a happening of its own."""
    for i in range(len(drafts) - 1, 0, -1):
        d, before = drafts[i], drafts[i - 1]
        if isinstance(d.start, datetime) and d.end is None and not d.recurrence and isinstance(before.start, datetime) \
                and before.end is None and not before.recurrence and before.organizer == d.organizer \
                and timedelta(0) < d.start - before.start <= _LONGEST_TOLD_END \
                and (told := _ENDS_WITH.match(text, d.sentence.start)) and _noun_in(told.group(1)).search(before.title):
            before.end = d.start
            before.descriptions.append(d.sentence.text_of(text))
            before.inferred.append(f"Ends at {d.start.strftime('%H:%M')} on {d.start.date().isoformat()}, as the article says.")
            del drafts[i]


# What a day told after these words is a day a repetition told before skips: "The night window will not open on
# Sept. 8", "(no class on Liberation Day)", "excluding the 30th", "There is no session on Dec. 25"
_SKIPPED_BEFORE = re.compile(r"(?:\b(?:will|does|do)\s+not\s+(?:be\s+)?(?:open|operate|run|held|take\s+place|meet)(?:\s+(?:during|over))?"
                             r"|\b(?:will\s+be|is|are)\s+(?:also\s+)?closed(?:\s+only)?"
                             # ("is closed on Mondays and on the 9th, presidential election day")
                             r"(?:\s+on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)days\s*(?:,|and))?"
                             r"|\bwill\s+close\s+only"  # ("It will close only on Christmas Day (the 25th)")
                             r"|\bno\s+(?:class(?:es)?|sessions?|lessons?|market|screenings?|programs?|meetings?|walk|tours?|shows?|performances?|concerts?|runs?)"
                             r"|\bexcept|\bexcluding|\b(?:will\s+be\s+)?skipped|\(\s*closed"
                             r"|\btakes?\s+a\s+(?:\w+\s+)?break\b[^.;]{0,50}?\b(?:from|on|for|over))\s+(?:on\s+)?(?:the\s+)?"
                             r"(?:weekend\s+of\s+)?$"  # ("will not open on the weekend of August 13 and 14")
                             # ("It is closed every Monday and during the Lunar New Year holidays, Jan. 31 (Mon) to Feb. 2")
                             # ("The bus will not run during the Chuseok holidays (Oct. 3?9)")
                             r"|(?:\b(?:is|are|will\s+be)\s+(?:also\s+)?closed|\b(?:will|does|do)\s+not\s+(?:be\s+)?(?:open|operate|run|held))"
                             r"\b[^.;]{0,40}?\b(?:during|over)\s+the\s+"
                             r"(?:(?:[A-Z][\w'’]*\s+){1,4}holidays?\s*(?:,|\()\s*)?$"
                             # ("every Saturday and Sunday ..., except for the Seollal holiday weekend (Jan. 21~22)")
                             r"|\bexcept\s+(?:for\s+)?(?:during\s+)?the\s+(?:[A-Z][\w'’]*\s+){1,3}holidays?(?:\s+weekend)?\s*\(\s*$",
                             re.IGNORECASE)
_IS_CLOSED = re.compile(r"\b(?:is|are)\s+(?:also\s+)?closed\b")
_BREAK_BEFORE = re.compile(r"\btakes?\s+a\s+(?:\w+\s+)?break\b|\bwill\s+not\s+(?:be\s+)?(?:open|operate|run|held)\b",
                           re.IGNORECASE)
# ("except on the final day, when booths close at 5"; not a reason: "..., when repair work on the deck is scheduled")
# ("However, the visit on August 5 (Fri.) has been canceled due to ...": a round of the series, not held)
_A_ROUND_ON_BEFORE = re.compile(r"\bthe\s+(?:visit|session|class|lecture|tour|market|screening|run|round)\s+(?:on|of)\s+(?:the\s+)?$",
                                re.IGNORECASE)
_CANCELED_NEXT = re.compile(r"\s*(?:\([^()]{1,12}\)\s*)?(?:has\s+been|have\s+been|is|was|will\s+be)\s+(?:cancel+ed|called\s+off|scrapped)\b")
_DIFFERENT_THEN = re.compile(r"\s*(?:\([^()]*\)\s*)?,\s*when\b(?![^.;]{0,30}\bclosed\b)"
                             r"(?=[^.;]{0,60}(?:\b(?:opens?|closes?|until|runs?|starts?|ends?)\b|\d\s*[ap]\.?m\b|\d:\d\d))")
_SKIP_GENERIC = frozenset(["open", "operate", "run", "held", "day", "will", "also"])
_SKIP_REACH = 700  # characters: the skipped day is told with the repetition or a few sentences after it


def _weekday_lines_of_period(doc: Document, inside: list[Mention], drafts: list[_Draft]) -> Mention | None:
    """"... fogging in all 16 dong from the 21st to Aug. 29 ... Fogging vehicles will run ... from 8 p.m. to 10 p.m. ...
    △Mondays: Ferrowgate 1·2-dong, Lisle-dong △Tuesdays: ...": each line is the period's happening on that weekday, in
    those places, at the hours told before the lines (which are theirs alone: returned)."""
    text = doc.text
    lines = [(d, line) for d in drafts if type(d.start) is date and _WEEKLY_ON.fullmatch(d.recurrence or "")
             and "COUNT" not in d.recurrence and (line := _WEEKDAY_LINE.match(text, d.sentence.start))
             and d.mention.start_offset < line.end()]
    if not lines:
        return None
    first = lines[0][0]
    period = next((p for p in reversed(drafts) if p.mention.start_offset < first.mention.start_offset
                   and type(p.start) is date and type(p.end) is date and not p.recurrence and p.title == first.title), None)
    if period is None:
        return None
    hours = next((m for m in reversed(inside) if period.mention.end_offset <= m.start_offset < first.mention.start_offset
                  and type(m.start) is time and type(m.end) is time), None)
    for d, line in lines:
        rule = rrulestr(d.recurrence, dtstart=datetime.combine(period.start, hours.start if hours else time()))
        times = rule.between(datetime.combine(period.start, time()), datetime.combine(period.end, time(23, 59)), inc=True)
        if not times:
            continue
        d.start = times[0] if hours else times[0].date()
        d.end = datetime.combine(times[0].date(), hours.end) if hours else None
        d.recurrence = f"{d.recurrence};COUNT={len(times)}"
        d.location = line.group("places").strip(" ,")
        d.inferred.append(f"On those weekdays of {period.title}, as the article lists them.")
    return hours


_WEEKDAY_LINE = re.compile(rf"\s*{FIELD_MARK}\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?\s*:\s*(?P<places>[^{FIELD_BULLETS}\n.]+)")


def _daily_from_day_told(item: Item, drafts: list[_Draft], text: str) -> None:
    """"The lanterns were switched on at a lighting ceremony at 7 p.m. on the 8th ... They will be lit from 7 p.m. to
    11 p.m. daily until the 23rd": the days until then run from the day the sentence before told, under its name."""
    for d in drafts:
        pronoun = _IT_OPENS.match(text, d.sentence.start) or _FROM_THEN_ON.match(text, d.sentence.start)
        if not d.mention.rule.endswith(" until a date") or not _DAILY_COUNT.fullmatch(d.recurrence or "") \
                or not (pronoun or _WILL_BE_LIT_BEFORE.search(text, max(d.sentence.start, d.mention.start_offset - 30),
                                                             d.mention.start_offset)):
            continue
        # ("... a lighting ceremony for a 14 m 'Hope Tree' ... at 6 p.m. on Dec. 2 (Mon) ... the tree will be lit from
        # 5 p.m. to 11 p.m. daily until Jan. 5 next year")
        before = _previous_sentence(item, d.sentence.start)
        last = _last_day_of(d)
        told = next((x for x in drafts if x.sentence is before and x.end is None and not x.recurrence
                     and day_of(x.start) != day_of(d.start) and day_of(x.start) < last), None)
        first = day_of(told.start) if told is not None else None
        if told is None and _FROM_THEN_ON.match(text, d.sentence.start):
            # ("After a one-day closure on the 10th for the move, the center will reopen ... on the 11th. From then on it will
            # operate from 9 a.m. to 6 p.m. daily ... until Sept. 30": from the last day told)
            told = next((x for x in reversed(drafts) if x.sentence is before and not x.recurrence), None)
            first = _last_day_of(told) if told is not None else None
        if told is None or first is None or first >= last:
            continue
        shift = first - day_of(d.start)
        d.start, d.end = d.start + shift, d.end + shift if d.end is not None else None
        d.recurrence = f"FREQ=DAILY;COUNT={(last - day_of(d.start)).days + 1}"
        d.title = told.title if pronoun else d.title
        d.inferred.append(f"From {day_of(told.start).isoformat()}, the day the sentence before tells.")


_FROM_THEN_ON = re.compile(r"\s*(?:From\s+then\s+on|Thereafter|After\s+that),?\s+it\s+will\b")
_WILL_BE_LIT_BEFORE = re.compile(r"\bwill\s+be\s+lit\s+(?:up\s+)?(?:from\s+)?$")


def _same_hours_as_before(drafts: list[_Draft], text: str) -> None:
    """"In addition, the playground will open on weekdays as well during the peak vacation week of Aug. 1?5, ... with the
    same hours": days told with "the same hours" keep those of the happening of that name told before, on each day."""
    for d in drafts:
        if type(d.start) is not date or d.recurrence or "same hours" not in d.sentence.text_of(text) \
                or not _SAME_HOURS.search(text, d.sentence.start, d.sentence.end):
            continue
        told = next((x for x in reversed(drafts[:drafts.index(d)]) if x.title == d.title and isinstance(x.start, datetime)
                     and isinstance(x.end, datetime) and x.start.date() == x.end.date()), None)
        if told is None:
            continue
        first, last = d.start, d.end or d.start
        d.start, d.end = datetime.combine(first, told.start.time()), datetime.combine(first, told.end.time())
        if last > first:
            d.recurrence = f"FREQ=DAILY;COUNT={(last - first).days + 1}"
        d.inferred.append(f"The same hours as {told.title}, as the article says.")


_SAME_HOURS = re.compile(r"\b(?:with|at|during|keeping)\s+the\s+same\s+(?:opening\s+|operating\s+)?hours\b", re.IGNORECASE)


def _closed_every(doc: Document, item: Item, inside: list[Mention], drafts: list[_Draft]) -> None:
    """"The sledding hill is open daily from 10 a.m. to 5 p.m. It is closed every Monday.": the daily series told
    shortly before skips those weekdays."""
    for m in inside:
        if m.grain != "repeat" or not (weekly := _WEEKLY_ON.fullmatch(m.recurrence or "")) or "COUNT" in m.recurrence \
                or not _CLOSED_ON_BEFORE.search(doc.text, max(0, m.start_offset - 30), m.start_offset):
            continue
        host = next((d for d in reversed(drafts) if 0 < m.start_offset - d.mention.start_offset <= _SKIP_REACH
                     and isinstance(d.start, datetime) and _DAILY_COUNT.fullmatch(d.recurrence or "")), None)
        if host is None:
            continue
        first = day_of(host.start)
        opens, host.recurrence = _daily(first, int(host.recurrence.split("=")[-1]),
                                        {RRULE_DAYS.index(code) for code in weekly.group(1).split(",")})
        host.start += opens - first
        host.end = host.end + (opens - first) if host.end is not None else None
        if (sentence := _sentence_of(item, m.start_offset)) is not None:
            host.descriptions.append(sentence.text_of(doc.text).strip())


_DAILY_COUNT = re.compile(r"FREQ=DAILY;COUNT=\d+")


def _skipped_days(doc: Document, item: Item, inside: list[Mention], drafts: list[_Draft]) -> None:
    """A day that a repetition told shortly before falls on, told as one it skips ("... every Thursday from July 7 to
    Dec. 29 ... The night window will not open on Sept. 8"), is left out of it (EXDATE), and makes no event."""
    series = [d for d in drafts if d.recurrence and (d.recurrence.startswith(("FREQ=WEEKLY", "FREQ=DAILY")))]
    if not series:
        return
    text = doc.text
    skipped: tuple[Mention, _Draft] | None = None  # the last day told as skipped, and by what
    first_day: _Draft | None = None  # the event the first of those days had made
    for m in inside:
        sentence = _sentence_of(item, m.start_offset)
        if sentence is None or m.recurrence or type(m.start) is not date or m.end is not None and type(m.end) is not date:
            continue
        days = [m.start + timedelta(days=n) for n in range(((m.end or m.start) - m.start).days + 1)]
        # (a longer break skips the days of the series in it: "will take a break ... from July 29 to Aug. 19")
        weeks = len(days) > 7
        listed = not weeks and skipped is not None and LIST_GAP.fullmatch(text, skipped[0].end_offset, m.start_offset) \
            and all(day in _occurrence_days(skipped[1]) for day in days)
        if listed:
            host = skipped[1]  # "will not open on the 19th and 20th": the days listed with it too
        else:
            if not (_SKIPPED_BEFORE.search(text, max(sentence.start, m.start_offset - 70), m.start_offset)
                    or _A_ROUND_ON_BEFORE.search(text, max(sentence.start, m.start_offset - 30), m.start_offset)
                    and _CANCELED_NEXT.match(text, m.end_offset)) \
                    or _DIFFERENT_THEN.match(text, m.end_offset) or weeks and not _BREAK_BEFORE.search(
                        text, max(sentence.start, m.start_offset - 70), m.start_offset):
                continue
            clause = _content_words(text[sentence.start:m.start_offset])
            # (in its paragraph, of it: its own sentence, one that names it, "The market will not open on the 19th", or
            # "There is no class on ...")
            host = next((d for d in reversed(series) if 0 <= m.start_offset - d.mention.start_offset <= _SKIP_REACH
                         and (d.sentence is sentence or clause & _content_words(d.title) - _SKIP_GENERIC
                              # ("△Hours: 10:00~21:00 daily (closed on Feb. 1, Lunar New Year's Day)": of the series its hours are)
                              or _CHANGE_IN_PARENS_BEFORE.search(text, max(sentence.start, m.start_offset - 70), m.start_offset)
                              and sentence.text_of(text).strip() in d.descriptions
                              # ("The exhibition is open from 10 a.m. to 6 p.m., and is closed on Mondays and on the 9th")
                              or _IS_CLOSED.search(text, max(sentence.start, m.start_offset - 70), m.start_offset)
                              and sentence.text_of(text).strip() in d.descriptions
                              or _NO_SESSION.match(text, sentence.start) and "\n" not in text[d.sentence.end:sentence.start]
                              # ("... will run from 9 a.m. to 9 p.m. every day. It will close only on ...": the series just told)
                              or _PRONOUN_OPENS.match(text, sentence.start) and (before := _previous_sentence(item, sentence.start))
                              and (d.sentence is before or before.text_of(text).strip() in d.descriptions))
                         # (a span of days skips those it falls on: "closed every Monday and during the ... holidays,
                         # Jan. 31 (Mon) to Feb. 2 (Wed)")
                         and (any if len(days) > 1 else all)(day in _occurrence_days(d) for day in days)), None)
            if host is None and _A_ROUND_ON_BEFORE.search(text, max(sentence.start, m.start_offset - 30), m.start_offset):
                # ("However, the visit on August 5 (Fri.) has been canceled": of the one series of the item on that day)
                holding = [d for d in series if d.item is item and all(day in _occurrence_days(d) for day in days)]
                host = holding[0] if len(holding) == 1 else None
            if host is None:
                continue
            if len(days) > 1:
                days = [day for day in days if day in _occurrence_days(host)]
            first_day = next((d for d in drafts if d.mention is m), None) or replace(
                host, mention=m, sentence=sentence, start=m.start, end=None, recurrence=None, exdates=[],
                descriptions=[sentence.text_of(text).strip()], inferred=[])
            if sentence is not host.sentence and (told := sentence.text_of(text).strip()) not in host.descriptions:
                host.descriptions.append(told)  # ("There will be no class on April 10, ...": what a subscriber should read)
        host.exdates.extend(days)
        drafts[:] = [d for d in drafts if d.mention is not m]
        skipped = (m, host)
        if first_day is not None and (instead := _HELD_INSTEAD.match(text, m.end_offset)) \
                and all(d is not first_day for d in drafts):
            # "There will be no market on Aug. 2 (Fri.) and 3 (Sat.), when the 'Summer Water Festival' will be held at the
            # same park": those days are the festival's, at the series' place
            first_day.title = _tidy(instead.group("name"), quoted=True)
            first_day.end = days[-1] if days[-1] > day_of(first_day.start) else first_day.end
            first_day.location = first_day.location or host.location
            drafts.append(first_day)
    for d in series:
        if d.exdates:
            d.inferred.append(f"Not on {', '.join(day.isoformat() for day in sorted(set(d.exdates)))}, as the article says.")


_HELD_INSTEAD = re.compile(r"\s*,\s+when\s+the\s+[‘'“\"](?P<name>[^’'”\"]{3,80})[’'”\"]\s+will\s+be\s+held\b")


def _occurrence_days(d: _Draft) -> set[date]:
    """The days a repetition falls on (bounded ones only: an open-ended one, over the next year)."""
    first = datetime.combine(day_of(d.start), time())
    rule = rrulestr(d.recurrence, dtstart=first)
    last = datetime.combine(day_of(d.end), time(23, 59)) if d.end is not None and day_of(d.end) > day_of(d.start) \
        else first + timedelta(days=366)
    return {x.date() for x in rule.between(first, last, inc=True)}


def _ends_at_told_hour(doc: Document, item: Item, m: Mention, drafts: list[_Draft]) -> bool:
    """"... will hold a citywide earthquake evacuation drill at 2 p.m. on the 26th (Thu.) ... The drill will end at
    2:20 p.m.": an hour of no day of its own that ends the happening, of that noun, told with its start."""
    sentence = _sentence_of(item, m.start_offset)
    if not m.day_from_context or m.end is not None or not isinstance(m.start, (datetime, time)) or sentence is None \
            or not (told := _ENDS_WITH.match(doc.text, sentence.start)):
        return False
    clock = m.start.time() if isinstance(m.start, datetime) else m.start
    host = next((d for d in reversed(drafts) if isinstance(d.start, datetime) and d.end is None and not d.recurrence
                 and d.mention.start_offset < m.start_offset and _noun_in(told.group(1)).search(d.title)
                 and d.start.time() < clock), None)
    if host is None:
        return False
    host.end = datetime.combine(host.start.date(), clock)
    host.descriptions.append(sentence.text_of(doc.text))
    host.inferred.append(f"Ends at {clock.strftime('%H:%M')}, as the article says.")
    drafts[:] = [d for d in drafts if d.mention is not m]
    return True


_ENDS_WITH = re.compile(r"\s*(?:The|This)\s+([a-z]+)\s+will\s+(?:end|close|conclude|finish|wrap\s+up)\b")
_LONGEST_TOLD_END = timedelta(hours=12)  # an end told apart belongs to a start told just before, within the night


_DATE_FIELD = re.compile(rf"\s*{FIELD_MARK}\s*(?:Dates?|Period|When|Schedule|(?:Polling|Election|Voting|Race|Event)\s+day)\s*:", re.IGNORECASE)


_WEEKLY_ON = re.compile(r"FREQ=WEEKLY;BYDAY=([A-Z,]+)(?:;COUNT=\d+)?")


def _on_weekdays_of(daily: _Draft, weekdays: str) -> None:
    """A daily series narrowed to these weekdays ("FR,SA") over the same days, at the same hours."""
    last = datetime.combine(_last_day_of(daily), daily.start.time())
    times = list(rrulestr(f"FREQ=WEEKLY;BYDAY={weekdays}", dtstart=daily.start).between(daily.start, last, inc=True))
    if times:
        shift = times[0] - daily.start
        daily.start, daily.end = times[0], daily.end + shift if daily.end is not None else None
        daily.recurrence = f"FREQ=WEEKLY;BYDAY={weekdays};COUNT={len(times)}"


def _last_day_of(d: _Draft) -> date | None:
    """The draft's last day: of its end, or of the last time of a daily series."""
    if d.recurrence and d.recurrence.startswith("FREQ=DAILY") and ("COUNT" in d.recurrence or "UNTIL" in d.recurrence):
        return list(rrulestr(d.recurrence, dtstart=datetime.combine(day_of(d.start), time())))[-1].date()
    return day_of(d.end) if d.end is not None else day_of(d.start)


_FESTIVAL = re.compile(r"(?i)\b(?:festival|festa|fair|carnival)\b")
_NEAR = 500  # characters: what follows a festival this closely goes on about it


def _spans(d: _Draft, when: date | datetime | None) -> bool:
    """Whether the draft runs over days and `when` is one of them (of a daily series, from its first to its last)."""
    last = _last_day_of(d)
    return when is not None and day_of(d.start) < last and day_of(d.start) <= day_of(when) <= last


_SAME_PLACE = re.compile(r"\b(?:at|in|on)\s+the\s+same\s+(?:place|venue|location|spot|site|hall|room|stage|square|plaza|park)\b"
                         r"|\bat\s+the\s+site\b(?!\s+of\b)", re.IGNORECASE)  # ("will also hold a 'Water Safety Day' at the site")


def _sentences_before(item: Item, d: _Draft, n: int) -> list[Sentence]:
    """The n sentences of the item before the draft's, nearest first."""
    i = item.sentences.index(d.sentence) if d.sentence in item.sentences else 0
    return item.sentences[max(0, i - n):i][::-1]


def _sentence_before(doc: Document, item: Item, d: _Draft) -> str:
    return next((s.text_of(doc.text) for s in _sentences_before(item, d, 1)), "")


def _naming_sentence(doc: Document, item: Item, d: _Draft) -> str | None:
    """One of the two sentences before the draft's that holds its title: a name, or a lone noun ("Courses")."""
    title = _service_of(_PART_SUFFIX.sub("", d.title))  # ("Summer Camp (1st session)": the camp's; "Flu shots: Seniors")
    words = title.split()
    if len(words) == 1 and title.isalpha():
        holds = _noun_in(title).search
    elif len(words) >= 2:
        lowered = title.lower()  # ("Repair cafe", named by "a repair cafe"; "Vaccination center", by "Vaccination Center")

        def holds(sentence: str) -> bool:
            return lowered in sentence.lower()
    else:
        return None
    # (a notice's field, "▲Showtimes: Dec. 6 (Fri) 7:30 p.m.", is of what the item named, however far before)
    reach = len(item.sentences) if _FIELD.match(d.sentence.text_of(doc.text).lstrip()) else 2
    return next((s.text_of(doc.text) for s in _sentences_before(item, d, reach) if holds(doc.text[s.start:s.end])), None)


def _streamed_later(doc: Document, item: Item, drafts: list[_Draft]) -> None:
    """"The concert will also be streamed live on YouTube": the happening told just before can be
    followed online too."""
    if not drafts:
        return
    told = {}  # the sentences with a streaming word, found by one scan of the item
    for hit in _STREAM_WORD.finditer(doc.text, item.start, item.end):
        if (s := _sentence_of(item, hit.start())) is not None:
            told[s.start] = s
    for s in told.values():
        stext = s.text_of(doc.text)
        if not _STREAMED.search(stext):
            continue
        before = [d for d in drafts if d.sentence.start < s.start]
        if before and (_content_words(before[-1].title) & _content_words(stext) or _IT_OPENS.match(stext)):
            # (each session of it: "on the 3rd, 10th and 17th ... it will also be streamed live")
            for d in [d for d in before if d.title == before[-1].title and d.kind == before[-1].kind]:
                d.online = True
                if stext not in d.descriptions:
                    d.descriptions.append(stext)  # (where to watch is what a subscriber needs to read)
                d.inferred.append(f"Online too, as another sentence of the article says: “{stext}”")


def _venue(doc: Document, item: Item, drafts: list[_Draft]) -> str | None:
    """The place an item names in an undated sentence of its own: "All classes are held at X"."""
    dated = {d.sentence.start for d in drafts}
    for s in item.sentences:
        stext = doc.text[s.start:s.end]
        if s.start not in dated and _VENUE_SENTENCE.search(stext) and (loc := _location(stext)):
            return loc
    return None


def _content_words(text: str) -> set[str]:
    return {_singular(w.lower()) for w in re.findall(r"[A-Za-z][A-Za-z-]{2,}", text)} - _STOPWORDS


_US_PLURALS = frozenset(["buses", "campuses", "bonuses", "viruses", "censuses"])  # (not "houses", "causes")


def _singular(word: str) -> str:
    """Enough of a plural's singular to compare words: classes, matches, walks, buses."""
    if word.endswith(("sses", "ches", "shes", "xes")) or word in _US_PLURALS:
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith(("ss", "us", "is")) else word


def _name_of(organizer: str | None) -> set[str]:
    """The words of an organizer's name as titles use them: "Riverside-gu" gives riverside-gu and riverside."""
    words = _content_words(organizer or "")
    # (and what every article calls it and its people: "the district", "residents" link nothing either)
    return words | {w.split("-")[0] for w in words} | _ORGANIZER_WORDS


_ORGANIZER_WORDS = frozenset(["district", "county", "city", "residents", "resident", "citizens", "citizen", "mayor"])


def _names_again(text: str, sentence: Sentence, title: str) -> bool:
    """Whether the sentence opens on a happening told before by a word of its name ("The studio will operate ..."
    after the 'Free Photo Studio')."""
    m = _DEMONSTRATIVE.match(sentence.text_of(text))
    return m is not None and _noun_in(m.group(1)).search(title) is not None


def _name_words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"\b[A-Z][A-Za-z-]+", text)} - _STOPWORDS


_ELECTION_TITLE = re.compile(r"(?i)\belection$")
_ELECTION_DAY_LEAD = re.compile(r"\W*On\s+(?:election|polling|voting)\s+day\b", re.IGNORECASE)
_ORDER_OF_PROCEEDINGS = re.compile(r"\bwill\s+proceed\b|\bin\s+the\s+order\s+of\b|\border\s+of\s+(?:events|proceedings)\b",
                                   re.IGNORECASE)


def _merge_retellings(drafts: list[_Draft], text: str) -> list[_Draft]:
    """One happening told twice is one event: the same organizer at the same minute, or the same
    named happening (sharing two name words) on the same days."""
    out: list[_Draft] = []
    by_span: dict[tuple, list[_Draft]] = {}
    timed = [d for d in drafts if isinstance(d.start, datetime)]
    for d in drafts:
        if not d.recurrence and d.end is None and (series_of := next((
                x for x in drafts if x is not d and x.recurrence and x.title == d.title and x.organizer == d.organizer
                and (x.start == d.start or type(d.start) is date and day_of(x.start) == d.start)), None)):
            # "will extend its opening hours from the 26th. Until March 31, it will open every day ...": the first day of
            # the series, told alone
            series_of.descriptions[:0] = [x for x in d.descriptions if x not in series_of.descriptions]
            continue
        if type(d.start) is date and d.end is not None and not d.recurrence and (series := [
                x for x in drafts if x.sentence is d.sentence and x.organizer == d.organizer and x.recurrence
                and x.recurrence.startswith("FREQ=WEEKLY") and d.start <= day_of(x.start) <= day_of(d.end)]):
            # "From the 11th to Dec. 15, ... every Tuesday and ... every Thursday, 14:00~17:00": the span bounds the
            # series, and is no happening of its own
            for x in series:
                x.descriptions.extend(y for y in d.descriptions if y not in x.descriptions)
            continue
        if (weekdays := _WEEKLY_ON.fullmatch(d.recurrence or "")) and type(d.start) is date and (daily := next((
                x for x in timed if x.organizer == d.organizer and x.title == d.title and x.recurrence
                and x.recurrence.startswith("FREQ=DAILY;COUNT=") and _spans(x, d.start)), None)):
            # "... will open every Friday and Saturday in August. The market opens on the 4th and runs until the 26th, from
            # 6 p.m. to 11 p.m.": those weekdays of that span, at those hours
            _on_weekdays_of(daily, weekdays.group(1))
            daily.descriptions[:0] = [x for x in d.descriptions if x not in daily.descriptions]
            continue
        if d.recurrence and type(d.start) is date and "COUNT=" not in d.recurrence and "UNTIL=" not in d.recurrence \
                and (bounded := next((x for x in drafts if x.organizer == d.organizer and day_of(x.start) == d.start
                                      and x.recurrence and x.recurrence.startswith(d.recurrence + ";")
                                      and x.recurrence[len(d.recurrence) + 1:].startswith(("COUNT=", "UNTIL="))), None)):
            # "... will also open on Saturdays during the busy season. ○ Saturday hours: every Saturday from the 16th to
            # June 29, 8:00~17:00": the series told first, then with its bounds and hours
            bounded.title = d.title
            bounded.descriptions[:0] = [x for x in d.descriptions if x not in bounded.descriptions]
            bounded.location = bounded.location or d.location
            continue
        # ("will reopen the ‘Farmers’ Market’ starting on the 9th. The market will open every 2nd and 4th Saturday
        # ..., from 10 a.m.": the day it starts is the series' first; "The consultation on the 8th will take place
        # in ...": the one told with its hours)
        # ("a holiday clinic on Seollal day and the day after, the 29th and 30th, from 9 a.m. to noon": the days
        # told twice, the second time with their hours)
        if timed and type(d.start) is date and not d.recurrence and (first := next((
                x for x in timed if (x.start.date() == d.start or x.title == d.title and d.end is None and x.recurrence
                                     and x.recurrence.startswith("FREQ=DAILY") and _spans(x, d.start))
                and x.organizer == d.organizer and (
                    d.end is None and (x.title == d.title or x.recurrence and len(_name_words(d.title) & _name_words(x.title)) >= 2
                                       or d.mention.rule == "day of the happening")  # ("On the day of the fair, bring ...")
                    or d.end is not None and x.title == d.title and _spans(x, d.end) and _last_day_of(x) == d.end)), None)):
            first.descriptions[:0] = [x for x in d.descriptions if x not in first.descriptions]
            first.location = first.location or d.location
            continue
        if isinstance(d.start, datetime) and not d.recurrence and d.mention.open_end and (span := next((
                x for x in drafts if x is not d and type(x.start) is date and x.end is not None and not x.recurrence
                and x.start == d.start.date() and x.organizer == d.organizer and x.title == d.title), None)):
            # "will hold the exhibition ... from the 9th" and "△Period: April 9 ~ July 28 △Hours: 9:00~18:00": the day the
            # span opens, told alone, with the span's hours
            span.descriptions[:0] = [x for x in d.descriptions if x not in span.descriptions]
            span.location = span.location or d.location
            continue
        if isinstance(d.start, datetime) and d.end is None and not d.recurrence and (ended := next((
                x for x in timed if x is not d and x.start == d.start and x.end is not None and x.organizer == d.organizer
                and not x.recurrence  # (a lighting ceremony at the first evening's hour is no evening of the series)
                and (x.title == d.title or len(_name_words(d.title) & _name_words(x.title)) >= 2)), None)):
            # "will hold the drill at 2 p.m. on the 22nd" and "△Date: Aug. 22 (Thu.) 14:00~14:20": one drill, which ends
            ended.descriptions[:0] = [x for x in d.descriptions if x not in ended.descriptions]
            ended.location = ended.location or d.location
            continue
        if timed and type(d.start) is date and d.end is None and not d.recurrence and (first := next((
                x for x in timed if x.start.date() == d.start and x.organizer == d.organizer and (not _name_words(x.title) or x.recurrence)
                and x.mention.start_offset > d.mention.start_offset and _names_again(text, x.sentence, d.title)), None)):
            # "... will run the 'Photo Studio' on the 25th and the 27th. The studio will operate 10:00~17:00 on the 25th
            # and ...": the same happening, with its hours (the later sentence, told by a common noun, gave no title)
            first.title = d.title
            first.descriptions[:0] = [x for x in d.descriptions if x not in first.descriptions]
            first.location = first.location or d.location
            continue
        if timed and type(d.start) is date and d.recurrence and (same := next((
                x for x in timed if x.title == d.title and x.organizer == d.organizer and x.recurrence == d.recurrence
                and x.start.date() == d.start), None)):
            # "Classes will be held on weekdays only, ... 10:00~12:00 ... △Period: July 28 (Mon.) ~ Aug. 14 (Thu.),
            # weekdays": the series told again in its fields, without its hours
            same.descriptions.extend(x for x in d.descriptions if x not in same.descriptions)
            same.location = same.location or d.location
            continue
        if timed and type(d.start) is date and d.end is None and not d.recurrence and _ELECTION_TITLE.search(d.title) \
                and (polls := next((x for x in timed if x.start.date() == d.start and x.organizer == d.organizer
                                    and _ELECTION_DAY_LEAD.match(text, x.sentence.start)), None)):
            # "... for the 22nd National Assembly election on April 10. ... On election day, April 10 (Wed.), polls open from
            # 6 a.m. to 6 p.m.": the election, at its hours
            polls.title = d.title
            polls.descriptions[:0] = [x for x in d.descriptions if x not in polls.descriptions]
            polls.location = polls.location or d.location
            continue
        if timed and type(d.start) is date and d.end is None and d.mention.rule.endswith(" of a span") and (told := next((
                x for x in timed if x.sentence is d.sentence and x.start.date() == d.start and x.organizer == d.organizer), None)):
            # "The highlight of the final day is the 'Giant Injeolmi Contest', which starts at 11 a.m. on the 3rd": that day
            # told again, with what happens on it
            told.descriptions[:0] = [x for x in d.descriptions if x not in told.descriptions]
            continue
        if isinstance(d.start, datetime) and d.end is None and not d.recurrence and (during := next((
                x for x in timed if x is not d and x.title == d.title and x.organizer == d.organizer and not x.recurrence
                and x.end is not None and x.start < d.start < x.end and x.start.date() == d.start.date()), None)) \
                and any(_ORDER_OF_PROCEEDINGS.search(x) for x in d.descriptions):
            # "The ceremony will proceed in the order of a one-minute silent tribute at the sound of the siren at 10 a.m.,
            # ... △Date: June 6 (Tue.) 9:50~11:00": a moment of the happening, told with its hours (but a highlight at
            # its own hour, "the daljip will be burned at 6:30 p.m.", is one of its own)
            during.descriptions.extend(x for x in d.descriptions if x not in during.descriptions)
            continue
        twin = None
        for e in by_span.get((d.start, d.end), []):
            same_minute = isinstance(d.start, datetime) and d.organizer == e.organizer
            same_name = len(_name_words(d.title) & _name_words(e.title)) >= 2 or d.title == e.title \
                or d.mention.rule == "day of the happening"  # ("On the reopening day, visitors ... will receive ...")
            if same_minute or same_name:
                twin = e
                break
        if twin is None:
            out.append(d)
            by_span.setdefault((d.start, d.end), []).append(d)
            continue
        twin.descriptions.extend(x for x in d.descriptions if x not in twin.descriptions)
        twin.location = twin.location or d.location
        twin.recurrence = twin.recurrence or d.recurrence  # ("will open a market on the 14th. It will be held every Saturday")
        twin.exdates = twin.exdates or d.exdates
        if d.organizer and d.organizer != twin.organizer and twin.organizer:
            twin.inferred.append(f"Also reported for {d.organizer}.")
        twin.categories = tuple(dict.fromkeys(twin.categories + d.categories))
    return out


def merge_across_documents(events: list[Event]) -> list[Event]:
    """The same happening reported by two articles (a preview, then a follow-up) is one event: same
    organizer, same start and end, and titles sharing two name words. The first report keeps its
    UID; the later ones add their sentences and say where else it was reported."""
    kept: list[Event] = []
    index: dict[tuple, list[int]] = {}
    for e in events:
        key = (e.organizer, e.start, e.end)
        twin = next((i for i in index.get(key, []) if kept[i].source.document != e.source.document
                     and (kept[i].title == e.title or len(_name_words(kept[i].title) & _name_words(e.title)) >= 2)), None)
        if twin is None:
            index.setdefault(key, []).append(len(kept))
            kept.append(e)
            continue
        first = kept[twin]
        extra = f"Also reported in {e.source.document} (line {e.source.line})."
        kept[twin] = replace(first, description=first.description if e.description in first.description
                             else f"{first.description} {e.description}",
                             location=first.location or e.location,
                             categories=tuple(dict.fromkeys(first.categories + e.categories)),
                             inferred=tuple(dict.fromkeys((*first.inferred, extra))))
    return kept


def _in_reading_order(doc: Document, d: _Draft) -> list[str]:
    """The sentences that tell the event, in the order the article tells them."""
    def at(sentence: str) -> int:
        found = doc.text.find(sentence, d.item.start)
        return found if found >= 0 else d.sentence.start
    return sorted(dict.fromkeys(d.descriptions), key=at)


def _finish(doc: Document, d: _Draft) -> Event:
    m = d.mention
    start, end = d.start, d.end
    all_day = not isinstance(start, datetime)
    if all_day and isinstance(end, datetime):  # "On the 31st, until 2 a.m. the following day": days, not hours
        d.inferred.append(f"Runs until {end.strftime('%H:%M')} on {end.date().isoformat()}; the start time is not given.")
        end = end.date()
        d.inferred.append("End time not announced.")
    if isinstance(start, datetime) and isinstance(end, datetime) and start.date() == end.date() and end < start:
        end += timedelta(days=1)  # "every night from 21:00 to 5:00": it ends the next morning, as the feeds say
    if m.open_end and all_day and end is None:  # (not when a later sentence gave the end: "... until April 30")
        d.inferred.append("Only the first day is given; the end is not announced.")
    if len(d.title.split()) > 8 and (clause := _HAPPENING_CLAUSE.fullmatch(d.title.rstrip("…"))) \
            and _HAPPENING_NOUN.search(clause.group("subject")) and not _NOT_A_SUBJECT.search(clause.group("subject")):
        d.title = clause.group("subject")  # "Children's costume parade will set off at 11 a.m. from ...": the parade
    key = "|".join([doc.name, d.organizer or "", re.sub(r"\W+", " ", d.title.lower()).strip(),
                    day_of(start).isoformat()])
    uid = hashlib.sha1(key.encode()).hexdigest()[:20] + "@calendarize"
    sentence_text = d.descriptions[0]
    # (the telling that holds the date: "[the 01th]the 01th" tells it twice, and the byline's is not it)
    offset = doc.text.rfind(sentence_text, d.sentence.start, m.start_offset + len(sentence_text))
    if offset < 0:
        offset = doc.text.find(sentence_text, d.sentence.start)
    offset = m.start_offset - (offset if offset >= 0 else d.sentence.start)
    source = Source(doc.path, d.sentence.line + doc.body_line - 1, sentence_text, m.text, offset, offset + len(m.text))
    return Event(
        uid=uid, title=d.title, start=start, end=end, all_day=all_day, timezone=doc.timezone,
        organizer=d.organizer, location=d.location, online=d.online, description=" ".join(_in_reading_order(doc, d)),
        categories=d.categories, kind=d.kind, recurrence=d.recurrence, source=source,
        inferred=tuple(dict.fromkeys(d.inferred)), url=doc.url, article_title=doc.title,
        exdates=tuple(sorted(set(d.exdates))) if d.recurrence else (),
    )


# a title that is a sentence about a happening named by its subject: "Annual charity concert is in two weeks, at ..."
_HAPPENING_CLAUSE = re.compile(r"(?P<subject>[A-Z0-9‘'“\"][^,;:]{2,70}?)(?:,[^,;]{3,70},)?\s+(?:will|is|are|has|have|was|were)\s+"
                               r"(?:also\s+|again\s+|now\s+)?(?:be\s+|been\s+)?[a-z]+\b.*")
_HAPPENING_NOUN = re.compile(r"(?i)\b(?:festival|concert|parade|run|marathon|market|talk|fair|ceremony|lecture|exhibition|show|"
                             r"performance|tour|walk|camp|contest|competition|drill|forum|briefing|festa)\b")
_NOT_A_SUBJECT = re.compile(r"(?i)\b(?:said|announced|and|its|their|who|which|that)\b|^(?:the\s+|an?\s+)?\w+$")


__all__ = ["extract_events", "merge_across_documents"]
