"""Find temporal expressions in English text and resolve them against a publication date.

The reader works in three passes, in the manner of chrono and HeidelTime:

1. *scan*: one compiled regular expression finds every candidate (a month and day, an ordinal, a
   clock time, "yesterday", "next week" ...). Only where it matches is anything parsed in detail.
2. *combine*: neighbouring pieces are joined by what stands between them: "to", "-" or a lost dash
   "?" makes a range, "at 10 a.m. on" puts a time on a day, "(Sat.)" confirms a day.
3. *resolve*: what the text left open (the month of "the 27th", the year of "November 1") is taken
   from the anchor, choosing the past or the coming occurrence by the tense of the sentence.

Each Mention keeps what the text said (`known`), what was filled in (`implied`), the rule that read
it and why an open part was decided as it was.
"""

from __future__ import annotations

import bisect
import calendar
import contextlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from itertools import islice, pairwise

from dateutil.rrule import rrulestr

from .lexicon import (
    ASIDE_HOURS_BEFORE,
    EXCEPT_BEFORE,
    FIELD_BULLETS,
    FIELD_MARK,
    FUTURE_AFTER_CUES,
    FUTURE_CUES,
    FUTURE_PARTICIPLE,
    LIST_GAP,
    LUNAR_HOLIDAYS,
    MONTHS,
    MOVED,
    NOT_PAST,
    NUMBERED_PART_LABEL,
    ORDINAL_NOUNS,
    PART_NOUNS,
    PAST_AFTER_SUBJECT,
    PAST_SUFFIX,
    PAST_WORDS,
    REPORTING_VERBS,
    RRULE_DAYS,
    SEASONS,
    SKY_TIME_BEFORE,
    TO_DO_CUES,
    USUAL_HOURS_BEFORE,
    WEEKDAYS,
    WHICH_OPENS_AT,
    number_of,
)
from .model import Mention

_MON = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
        r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_MONU = r"(?:JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEPT?(?:EMBER)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)"
_MONTH = rf"(?:{_MON}|{_MONU})\b(?:(?<=\b[A-Za-z]{{3}})\.|(?<=\bSept)\.)?"  # a dot only after an abbreviation
_DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_MERID = r"(?:[aApP]\.\s?[mM]\.?|[aApP][mM]\b)"
_WEEKDAY_FULL = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b(?:\s+(?:night|morning|evening|afternoon)s?\b)?"
_WEEKDAY_ABBR = r"\(\s*(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?\s*\)"
_DAYPART = r"(?:day|morning|afternoon|evening|night)"
_WEEKDAY_NAME = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"  # inside (?i:...)
_NTH = r"(?:first|second|third|fourth|last|[1-4](?:st|nd|rd|th))"
_NTHS = rf"{_NTH}(?:\s*(?:,|and)\s*{_NTH})*"  # "the second and fourth", "2nd and 4th"
_NUMWORD = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)"
_PART = (r"(?:early|mid|late|the\s+(?:very\s+)?end\s+of|end\s+of|the\s+beginning\s+of|the\s+start\s+of"
         r"|the\s+middle\s+of|the\s+(?:first|second|latter)\s+half\s+of|the\s+(?:first|second|third|fourth)\s+quarter\s+of)")

# What may follow an hour told without a.m. or p.m. ("noon to 4 on the 25th"), unlike "to 4 people", "4th".
_BARE_HOUR_END = (r"(?![\d:]|[.,]\d)(?=\s*(?:[.,;)\]]|$|(?:on|every|each|both|daily|at|in|and|for|during|from|with|except|"
                  r"including|weekdays|weekends|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?)\b))")

# The one scan. Alternatives are tried left to right at each position, so longer shapes come first.
_SCAN = re.compile(
    "|".join([
        rf"(?P<part>\b(?i:{_PART})(?:-|\s+)(?:{_MONTH}(?:,?\s+{_YEAR}\b)?|(?i:the\s+(?:month|year)|(?:this|next|last)\s+(?:month|year))|{_YEAR}\b))",
        r"(?P<halfyear>(?i:the\s+(?:first|second|latter)\s+half(?:\s+of\s+the\s+year)?|year[- ]end|end[- ]of[- ](?:the[- ])?year|(?:the\s+)?(?:first|second|third|fourth)\s+quarter))\b",
        r"(?P<iso>\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{4}\.\s?\d{1,2}\.\s?\d{1,2}\b\.?|(?<=['’])\d{2}\.\s?\d{1,2}\.\s?\d{1,2}\b\.?)",  # ("'25.1.7.")
        r"(?P<slash>(?<![\d/.])(?:1[0-2]|0?[1-9])/(?:[12]\d|3[01]|0?[1-9])(?:/(?:\d{4}|\d{2}))?(?![\d/]))",
        # "10.1 (Sat)": a month and day with a dot, as Korean notices write them; only with the weekday after
        (r"(?P<mdot>(?<![\d.])(?:1[0-2]|0?[1-9])\.\s?(?:[12]\d|3[01]|0?[1-9])(?:(?![\d.])|\.(?=\s*\())"
         r"(?=\s*\(\s*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun))"  # ("6.10 (Sat)", "6. 10. (Sat)")
         # or, dotted, a span to another ("11. 15.~11. 17.", "4.11.~4.13."; a decimal has no dot after its digits)
         r"|(?<![\d.])(?:1[0-2]|0?[1-9])\.\s?(?:[12]\d|3[01]|0?[1-9])\.(?=\s*(?:~|-|–|to)\s*(?:1[0-2]|0?[1-9])\.\s?\d))"),
        # "the second weekend of next month": its Saturday and Sunday
        # ("the 3rd and 4th weekends of October": each of them)
        (rf"(?P<nthweekend>(?i:\bthe\s+(?:first|second|third|fourth|last|final|[1-4](?:st|nd|rd|th))"
        rf"(?:\s*(?:,|and)\s*(?:first|second|third|fourth|last|final|[1-4](?:st|nd|rd|th)))*\s+weekends?\s+of\s+)"
        rf"(?:{_MONTH}(?:,?\s+{_YEAR}\b)?|(?i:this|next)\s+month\b))"),
        rf"(?P<nthweek>(?i:\bthe\s+(?:first|second|third|fourth|last|final)\s+week\s+of\s+)(?:{_MONTH}(?:,?\s+{_YEAR}\b)?|(?i:this|next|last)\s+month\b))",
        (rf"(?P<nthwd>(?i:\bthe\s+(?:first|second|third|fourth|last|final|[1-4](?:st|nd|rd|th))\s+{_WEEKDAY_NAME}\s+(?:of|in)\s+)"
         rf"(?:{_MONTH}(?:,?\s+{_YEAR}\b)?|(?i:this|next)\s+month\b|(?i:the\s+(?:new\s+)?year)\b))"),  # (January's, the coming)
        # "the first of next month", "the first of November": the month's first day, its ordinal in a word
        # ("the last day of the month", "the last day of February": its last)
        (rf"(?P<firstof>(?i:\bthe\s+(?:first(?:\s+day)?|(?:last|final)\s+day)\s+of\s+)"
         rf"(?:(?i:this|next|the\s+following|the)\s+month\b|{_MONTH}(?:,?\s+{_YEAR}\b)?)(?!['’]s\b))"),
        r"(?P<weekend>(?i:\bthe\s+weekend\b(?!\s+of\b)))",
        rf"(?P<md>\b{_MONTH}\s*{_DAYNUM}(?:,?\s+{_YEAR}\b)?)",
        rf"(?P<dm>\b{_DAYNUM}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR}\b)?)",
        rf"(?P<timerange>\b(?:[01]?\d|2[0-3])(?::[0-5]\d)?\s*(?:-|–|~|to|and|until|till)\s*(?:[01]?\d|2[0-3])(?::[0-5]\d)?\s*(?:{_MERID}|in\s+the\s+(?:morning|afternoon|evening)\b))",
        # "noon to 4", "10 a.m. to 4": the end hour told bare comes after the start
        (rf"(?P<halfrange>(?:(?i:\bnoon\b|\bmidday\b)|\b(?:1[0-2]|0?\d)(?::[0-5]\d)?\s*{_MERID})\s*(?:-|–|~|to|until|till)\s*"
         rf"(?:1[0-2]|[1-9])(?::[0-5]\d)?{_BARE_HOUR_END})"),
        # "open from 9 to 6": opening hours told without a.m. or p.m. (only after such a cue, see _parse)
        # ("from 9 till noon")
        rf"(?P<barerange>(?<=\bfrom\s)(?:1[0-2]|[1-9])(?::[0-5]\d)?\s*(?:to|until|till|-|–|~)\s*(?:(?:1[0-2]|[1-9])(?::[0-5]\d)?|(?i:noon|midday)){_BARE_HOUR_END})",
        (r"(?P<daypart>\b(?:1[0-2]|0?\d)(?::[0-5]\d)?\s+(?:o['’]clock\s+)?(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b"
         r"|\b(?:1[0-2]|0?[1-9])\s+o['’]clock\b)"),
        rf"(?P<dmrange>\b{_DAYNUM}\s*(?:-|–|—|~|to|through)\s*{_DAYNUM}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR}\b)?)",
        rf"(?P<time>(?i:\b(?:12\s+|half\s+past\s+)?noon\b|\bmidday\b|\b(?:12\s+|half\s+past\s+)?midnight\b)|\b(?:1[0-2]|0?\d)(?:[:.][0-5]\d)?\s*{_MERID}|\b(?:[01]?\d|2[0-3]):[0-5]\d\b(?!:)|\b24:00\b(?!:))",
        rf"(?P<month>\b{_MONTH}(?:,?\s+{_YEAR}\b)?)",
        r"(?P<ord>\b(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b)",
        (r"(?P<relday>(?i:\b(?:today|tonight|yesterday|tomorrow|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow"
        r"|this\s+(?:morning|afternoon|evening))\b))"),
        # The first or last day of the span told before: "on the first day of the festival", "the final night".
        (r"(?P<edge>(?i:\bthe\s+(?:first|opening|second|third|last|final|closing)\s+(?:day|night|evening)"
         r"(?:\s+of\s+the\s+(?:festival|event|fair|exhibition|market|program|programme|camp|period|expo|session))?\b(?!\s+of\b)"
         r"|\b(?:one|a|two|three|four|five|six|[1-6])\s+days?\s+after\s+the\s+(?:opening|start)\b(?!\s+of\b)"
         r"|(?<=\bon\s)the\s+same\s+(?:two\s+|three\s+)?days\b))"),  # ("On the same days, the center will operate ...")
        # Days told from another date of the story: "the next day", "earlier that day", "the previous Friday".
        (rf"(?P<ref>(?i:\b(?:(?:earlier|later)\s+(?:that|the\s+same|in\s+the)\s+day|(?:(?:earlier|later)\s+)?that\s+(?:same\s+)?{_DAYPART}"
        rf"|the\s+same\s+day|the\s+(?:following|next|previous|preceding)\s+{_DAYPART}|(?:the\s+)?day\s+(?:before|after)"
        r"|the\s+eve(?=\s+of\s+the\s)"  # ("On the eve of the festival": the day before the festival told)
        r"|(?<=\bon\s)the\s+day(?!\s+(?:before|after|of)\b)"  # "from 7 a.m. to 1 p.m. on the day": the day told before
        r"|(?<=\bon\s)(?:the\s+)?(?:race|reopening|opening)\s+day"  # "on race day": the day of the race told before
        r"|(?<=\bon\s)the\s+day\s+of\s+the\s+(?:parade|festival|race|marathon|concert|ceremony|game|match|fair|performance|exam|test|election|vote|event|drill|walk|market|lecture|contest|tour)"
        r"|the\s+(?:previous|preceding|following)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b))"),
        # "a week from Friday": the Friday after the coming one
        (r"(?P<weekfrom>(?i:\ba\s+week\s+from\s+(?:this\s+)?(?:today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b))"),
        (r"(?P<relper>(?i:\b(?:this\s+coming|this|next|last|coming|past|previous|the\s+following(?=\s+weekend))\s+"
        r"(?:week(?:end)?|month|year|spring|summer|fall|autumn|winter|quarter"
        r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
        r"|(?:january|february|march|april|may|june|july|august|september|october|november|december)(?!\s*\d))\b))"),
        # (not an interval: "a second dose at least four weeks later")
        (rf"(?P<counted>(?i:(?<!\bat\sleast\s)(?<!\bat\smost\s)\b{_NUMWORD}\s+(?:day|week|month|year)s?\s+(?:or\s+so\s+)?"
         rf"(?:ago|later|earlier|from\s+(?:now|today)|before|after)\b"
        rf"|\bin\s+{_NUMWORD}\s+(?:day|week|month)s?\b(?!\s+(?:of|in|to|for))))"),
        (r"(?P<holiday>\b(?:Christmas\s+(?:Day|Eve)|New\s+Year['’]s\s+(?:Day|Eve)|Thanksgiving(?:\s+Day)?|Liberation\s+Day|"
        r"Hangeul\s+Day|Hangul\s+Day|Children['’]s\s+Day|Parents['’]\s+Day|National\s+Foundation\s+Day|"
        r"Independence\s+Movement\s+Day|Constitution\s+Day|Election\s+Day|"
        r"(?:Chuseok|Seollal|Lunar\s+New\s+Year(?:['’]s\s+Day)?)(?:\s+(?:holidays?|holiday\s+period|(?<!Day\s)[Dd]ay))?|Buddha['’]s\s+Birthday)\b)"),
        (r"(?P<daily>(?i:\b(?-i:daily|(?<![A-Za-z]\s)Daily|DAILY)\b(?!\s+(?:lives?|life|routines?|necessities|needs|living|fatigue|activities|chores|commutes?|"
         r"wages?|newspapers?|goods|items|meals?|diet|exercise|use|reporters?|news|"
         r"(?:new\s+|confirmed\s+)?(?:cases|infections|average|visitors|users|totals?|limits?|quotas?|temperatures?|sales|traffic))\b)"
         # ("daily lives", "Metro Daily", "daily confirmed cases": none)
         r"|\bevery\s+(?:day|night|evening|morning|weekday|weeknight|school\s+day|weekend|year)\b|\bnightly\b|\bannually\b|\beach\s+year\b))"),
        (rf"(?P<monthly>(?i:\bevery\s+(?:the\s+)?{_NTHS}\s+{_WEEKDAY_NAME}s?\b(?:\s+of\s+(?:every|each|the)\s+month\b)?"
         rf"|\b(?:the\s+)?(?:{_NTHS}\s+{_WEEKDAY_NAME}s?|(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\s+of\s+(?:every|each|the)\s+month\b"
         # "the 2nd and 4th Saturdays of September": those of one month (the month bounds them, see _bound_repetition)
         rf"|\bthe\s+{_NTH}(?:\s*(?:,|and)\s*{_NTH})+\s+{_WEEKDAY_NAME}s?(?=\s+(?:of|in)\s+{_MONTH})))"),
        rf"(?P<weekday>\b{_WEEKDAY_FULL}|{_WEEKDAY_ABBR}|(?i:\bweekdays\b|\bweeknights\b|\bweekends\b))",
        rf"(?P<season>(?i:\b(?:spring|summer|fall|autumn|winter)\s+(?:of\s+)?){_YEAR}\b)",
        rf"(?P<year>(?<![\d,.$₩-]){_YEAR}(?!\d|,\d|%|\.\d|-\d|['’]?s\b))",
    ])
)

# Cheap triggers: every date expression holds one of these. Each regex is a plain literal alternation or
# starts with a character class, which the regex engine skips to quickly; the full scan is then tried only
# at the starts of the few words before each trigger.
_TRIGGER_DIGITS = re.compile(r"[0-9][0-9]*")  # not "[0-9]+": a pattern that opens with a class is searched faster
_DIGIT_CONTEXT = re.compile(  # a number that can be part of a date: 27th, 7 p.m., 10:30, 11. 15., 2021, 11/1, 1-6, 1?15, 10 until 6
    r"[0-9]+(?:st|nd|rd|th|\s*[aApP]\.?\s?[mM]|[:.][0-5][0-9]|\.\s?[0-9]{1,2}\.|\s+in\s+the|\s+o['’]clock|/[0-9]|-[0-9]|\s*(?:-|–|—|~|to|and|until|till|\?)\s*[0-9])"
    r"|(?:1[89]|20)[0-9][0-9](?![0-9])")
_TRIGGER_WORDS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC", "Today", "Tonight", "Tomorrow", "Yesterday", "Christmas", "Thanksgiving", "New", "Election", "Liberation", "Hangeul", "Hangul", "Children", "Parents", "National", "Independence", "Constitution", "Chuseok", "Seollal", "Lunar", "Buddha", "Spring", "Summer", "Fall", "Autumn", "Winter", "Every", "Each", "Daily", "Nightly", "Annually", "Noon", "Midday", "Midnight", "Week", "Month", "Year", "today", "tonight", "yesterday", "tomorrow", "week", "month", "year", "spring", "summer", "fall", "autumn", "winter", "quarter", "half", "noon", "midday", "midnight", "eve of the", "daily", "nightly", "annually", "every", "each", "morning", "evening", "afternoon", "night", "day"]


def _literal_trie(words: list[str]) -> str:
    """One regex for many words, factored by common prefixes so that each position tests one branch."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        optional = "" in node
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if optional else body

    return emit(tree)


# Capitalised triggers in one regex (their first letters are rare, so the engine skips ahead fast); the
# lowercase ones start with common letters, where a plain substring search for each is several times faster.
_TRIGGER_WORD = re.compile(_literal_trie(sorted({*(w for w in _TRIGGER_WORDS if w[0].isupper()),
                                                   *(w.upper() for w in _TRIGGER_WORDS)})))  # ("TONIGHT")
_TRIGGER_LOWER = [w for w in _TRIGGER_WORDS if w[0].islower()]
# Past-tense words: the listed ones (any capitalisation a sentence gives them) and any "-ed" word of five letters or more.
_PAST_CANDIDATE = re.compile(
    r"\b(?:" + _literal_trie(sorted({v for w in PAST_WORDS for v in (w, w.capitalize(), w.upper())}))
    + rf"|[A-Za-z]{{3,}}{PAST_SUFFIX})\b")
_LOWER_WORD_AFTER = re.compile(r"\s+[a-z]")
_EACH_DAY_AFTER = re.compile(r"\s*,?\s*(?:each|every)\s+(?:day|night|evening)\b|\s*,?\s*(?:daily|nightly)\b", re.IGNORECASE)
_NOUN_AFTER_ADJECTIVE = re.compile(r"\s+(?!(?:on|in|at|by|from|to|for|with|during|over|until|since|after|before|the|a|an|"
                                   r"this|that|its|their|and|or|but|last|yesterday|earlier)\b)[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+"
                                   r"(?:will|can|may|are|is|must|should)\b")
_WILL_BE_DONE_AND = re.compile(r"\bwill\s+(?:also\s+)?be\s+[a-z]+(?:ed|en)\b[^.;]{0,60}?\s(?:and|or)\s+$")
_OWN_YEAR_AFTER = re.compile(r"\s+in\s+(?:1[0-9]|20)\d\d\b")
_EXTENDED_TO_BEFORE = re.compile(r"\b(?:extend|extends|extended|extending|prolong\w*)\s+(?:its|their|the)\s+"
                                 r"(?:season|operation|operating\s+period|run|period|hours|exhibition)\s+"
                                 r"(?:by\s+(?:one|two|three|four|a|\d+)\s+(?:days?|weeks?|months?)\s+)?(?:to|until|through)\s+(?:the\s+)?$",
                                 re.IGNORECASE)
_PERFECT_IN_TIME_CLAUSE = re.compile(r"\b(?:after|once|until|when|as\s+soon\s+as)\s+[^,.;]{0,40}?\b(?:has|have)\s+$"
                                     r"|\bwho\s+(?:has|have)\s+$", re.IGNORECASE)  # ("Voters who have tested positive ... can vote")
_AFTER_MODAL = re.compile(r"\b(?:will|would|shall|can|could|may|might|must|should|to)\s+$", re.IGNORECASE)
_PRESENT_PASSIVE = re.compile(r"\b(?:is|are|be|being|been|get|gets|stay|stays|remain|remains)\s+(?:\w+ly\s+)?$")  # ("can get vaccinated", "will stay closed")
_TOKEN_START = re.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9(]")
# Words an expression may start with before its trigger ("the end of November", "two days ago"): the
# full scan is tried at an earlier word only when it is one of these, or a number or a parenthesis.
_LEAD_WORDS = [
    "the", "early", "mid", "late", "end", "this", "next", "last", "coming", "past", "previous", "in", "a",
    "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "fifteen", "twenty", "thirty", "every", "each", "first", "second", "third", "fourth",
    "latter", "beginning", "start", "middle", "very", "that", "earlier", "later", "day", "half",
    "race", "reopening", "opening",  # ("on race day")
]
_LEAD = re.compile(r"[0-9(]|(?:" + _literal_trie(_LEAD_WORDS + [w.capitalize() for w in _LEAD_WORDS] + [w.upper() for w in _LEAD_WORDS]) + r")\b")
_NOUN_AFTER_EDGE = re.compile(r"\s+(?:market|markets|festival|show|concert|session|class|meeting|tour|event|run|round|half|week|shift)\b")
_BEFORE_TRIGGER = 24  # the farthest an expression starts before its trigger: "the second and fourth Saturdays"


# A month's or weekday's short name triggers only as a word of its own or the start of its full name:
# "Mayor", "Marine", "Sunhill" and "Decentralization" start no date.
_SHORT_NAMES = frozenset(w for w in _TRIGGER_WORDS if w.lower() in MONTHS or w.lower() in WEEKDAYS)
_NAME_FORMS = frozenset([*MONTHS, *WEEKDAYS, *(w + "s" for w in WEEKDAYS if len(w) > 4)])
_LETTERS = re.compile(r"[A-Za-z]+")


def _triggers(text: str) -> list[int]:
    """Where date expressions may be: the start offsets of their triggers, in order. A trigger starts a
    word ("each" in "teachers", "quarter" in "headquarters" is none)."""
    found = []
    for m in _TRIGGER_WORD.finditer(text):
        at = m.start()
        if at and text[at - 1].isalpha():
            continue
        if m.group() in _SHORT_NAMES and m.end() < len(text) and text[m.end()].isalpha() \
                and _LETTERS.match(text, at).group().lower() not in _NAME_FORMS:  # type: ignore[union-attr]
            continue
        found.append(at)
    for word in _TRIGGER_LOWER:
        at = text.find(word)
        while at >= 0:
            if not at or not text[at - 1].isalpha():
                found.append(at)
            at = text.find(word, at + 1)
    found += [m.start() for m in _TRIGGER_DIGITS.finditer(text) if _DIGIT_CONTEXT.match(text, m.start())]
    return sorted(set(found))


def _scan(text: str) -> Iterator[re.Match]:
    """The full scan's matches, leftmost first as finditer would give them, tried only at the starts of
    words shortly before a trigger: the same matches as scanning every position, many times faster."""
    tried = 0  # every token start before this offset was tried already, or lies inside a match
    for trigger in _triggers(text):
        lo = max(tried, trigger - _BEFORE_TRIGGER)
        if lo > trigger:
            continue
        for token in _TOKEN_START.finditer(text, lo, trigger + 1):
            if token.start() < tried:
                continue
            pos = token.start()
            tried = pos + 1
            if pos != trigger and not _LEAD.match(text, pos):
                continue
            m = _SCAN.match(text, pos)
            if m:
                yield m
                tried = m.end()
        tried = max(tried, trigger + 1)


# What may stand between two pieces of one expression.
# ("will open on January 9 and continue through February 1")
_GOES_ON_TO = r"and\s+(?:will\s+)?(?:continues?|runs?|lasts?)\s+(?:through|until|till|to)"
_CONTINUES_TO = re.compile(rf"\s*{_GOES_ON_TO}\s*(?:the\s+)?")
# a happening held once over days told as weekdays ("will be held from Friday through Sunday"), not a weekly schedule
_HELD_FROM = re.compile(r"\b(?:will\s+be|is\s+to\s+be|is\s+being)\s+(?:held|staged|hosted)\s+(?:\w+\s+){0,3}?from\s+(?:this\s+|next\s+)?$")
_RANGE_GAP = re.compile(r"(?:\s*\(\s*[A-Za-z]{3,9}\.?\s*\)|\))?\s*(?:-|–|—|~|to|through|thru|until|till|and|or"
                        rf"|{_GOES_ON_TO})\s*(?:the\s+(?:early\s+|late\s+)?(?:morning|afternoon|evening|night)\s+of\s+)?(?:the\s+)?"
                        r"|\?|\s*\?\s*(?=\d)", re.IGNORECASE)
# an aside that widens nothing: "every day, including weekends, ..."
_INCLUDING_GAP = re.compile(r"\s*,?\s*(?:including|even\s+on)\s+", re.IGNORECASE)
_TIME_AFTER_ASIDE = re.compile(_INCLUDING_GAP.pattern + r"(?:public\s+)?(?:weekends|holidays)"
                               r"(?:\s+and\s+(?:public\s+)?holidays)?\s*,\s*(?:from|at|between)?\s*", re.IGNORECASE)
_TIME_AFTER_DAY = re.compile(r"\s*,?\s*(?:from|at|starting\s+at|starting\s+from|beginning\s+at|between|by|until|till|to)?\s*", re.IGNORECASE)
# "at 10 a.m. on November 3", "10:35 a.m. (0135 GMT) Friday", "5 p.m. EST Nov. 9"
# ("The 10 p.m.-1 a.m. event on Dec. 31-Jan. 1": a noun of the happening between)
_DAY_AFTER_TIME = re.compile(r"\s*(?:\([^()]{0,24}\)\s*)?(?:(?:[A-Z]{2,4}T|GMT|UTC|local\s+time)\s*)?,?\s*"
                             r"(?:(?!(?:and|but)\s)[a-z]{3,}\s+(?=on\s))?(?:on|of)?\s*(?:both\s+)?(?:the\s+)?")
_CONFIRM_GAP = re.compile(r"\s*[,(]?\s*(?:on\s+)?(?:the\s+)?")
_DAY_TAIL = re.compile(r"((?:\s*\(\s*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\s*\))?(?:\s*(?:-|–|—|~|to|through|thru|until|till)\s*|\?))((?:[12]\d|3[01]|0?[1-9]))(?:st|nd|rd|th)?(?![\d:]|\.\d|\s*(?:%|[aApP]\.?[mM]\b))")
_LIST_TAIL = re.compile(r"((?:\s*\(\s*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\s*\))?\s*(?:,|,?\s*and|·)\s*)((?:[12]\d|3[01]|0?[1-9]))(?:st|nd|rd|th)?(?![\d:]|,\d|,\s*\d{4}|\.\d|\s*(?:%|[aApP]\.?[mM]\b)|\s*(?:-|–|~|to)\s*\d{1,2}(?::\d\d)?\s*[aApP]\.?[mM]\b)")  # (not "June 24, 6-10 p.m.")
# (not the next sentence's start: "... from 3 p.m. to 10 p.m. Last year, the festival drew ...")
_YEAR_TAIL = re.compile(r"(?!\s+(?-i:[A-Z]))\s*,?\s*(?:of\s+)?(this|next|last|the\s+following|the\s+previous|the\s+same)\s+year\b",
                        re.IGNORECASE)
_LAST_DAY_OF = re.compile(r"(?i)the\s+(?:last|final)\s")
_THIS_MONTH = re.compile(r"\s*(this|next|the\s+following|the)\s+month\b", re.IGNORECASE)
_MONTH_TAIL = re.compile(r"\s+of\s+(this|next|last|the\s+following|the\s+previous)\s+month\b", re.IGNORECASE)
_THAT_MONTH_TAIL = re.compile(r"\s+of\s+(?:that|the\s+same)\s+month\b", re.IGNORECASE)
_FOLLOWING_DAY = re.compile(r"\s*(?:on\s+)?the\s+(?:following|next)\s+day\b", re.IGNORECASE)
# ("open every night from 8 p.m. to 8 a.m. the following morning": the end of each night's hours, not a day of its own)
_EVERY_NIGHT_BEFORE = re.compile(r"\b(?:every|each)\s+(?:night|evening)\b|\bnightly\b", re.IGNORECASE)
_FOLLOWING_MORNING = re.compile(r"\s*the\s+(?:following|next)\s+morning\b", re.IGNORECASE)
_OPEN_END_BEFORE = re.compile(r"(?:\b(?:from|since|starting(?:\s+from)?|beginning(?:\s+on)?|as\s+of|effective|after)\s+"
                              r"(?:(?:yesterday|today)\s+\()?(?:the\s+)?)$", re.IGNORECASE)  # ("since yesterday (15th)")
# ("postponed to the 14th", "moved it to the 3rd", "pushed back to": a new day, not the end of something)
# ("postponed the 'Walking Festival', which had been planned for Oct. 2, to Nov. 6": the new day, no end)
_MOVED_TO_AFTER_ASIDE = re.compile(rf"\b{MOVED}\b"
                                   r"(?:(?!\.\s+[A-Z])[^;]){0,120}?,\s+to\s+(?:the\s+)?$")
_OPEN_START_BEFORE = re.compile(r"(?:\b(?:until|till|through|by|(?<!postponed\s)(?<!rescheduled\s)(?<!moved\s)(?<!delayed\s)(?<!changed\s)(?<!back\s)(?<!\bit\s)(?<!\bthem\s)"
                                r"(?<!week\s)(?<!weeks\s)(?<!\bday\s)(?<!days\s)to|"  # ("pushed back a week to the 20th")
                                r"before|no\s+later\s+than|ending|(?:closing|end)\s+date\s+(?:of|is|remains|will\s+be))\s+(?:the\s+)?)$",
                                re.IGNORECASE)  # ("The closing date of January 26 stays the same")
# a notice's field that gives hours alone: "▲Start: 9 a.m.", "△Section 1 (Stadium ~ Harlan Bridge): 7:00~10:30"
_TIME_FIELD = re.compile(rf"{FIELD_MARK}\s*(?:(?:Start|Time|Hours?)\s*:|(?-i:{NUMBERED_PART_LABEL}))\s*$", re.IGNORECASE)
_SAME_HOURS = re.compile(r"\s*,?\s*(?:during|at|for|with)\s+the\s+same\s+(?:hours|times?)\b", re.IGNORECASE)
_SAME_HOURS_BEFORE = re.compile(r"\b(?:during|at|for|with)\s+the\s+same\s+(?:hours|times?)\s+(?:on\s+)?(?:the\s+)?$", re.IGNORECASE)
_WEEKEND_OF_BEFORE = re.compile(r"\b(?:the\s+)?weekend\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(r"\b(?:between|weekend\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
_EVERY_BEFORE = re.compile(r"\b(?:every|each)(\s+other|\s+(?:two|2)\s+weeks\s+on)?\s+$", re.IGNORECASE)
# What may stand between a repetition and the dates that bound it: "every Saturday from November 6 to 27"
_DAYS_THEN_REPEAT_GAP = re.compile(r"\s*,?\s*(?:(?:once|twice|\w+\s+times)\s+a\s+week\s+)?(?:on\s+)?(?:every\s+|each\s+)?",
                                   re.IGNORECASE)  # ("from December 4 to 22, three times a week on Mondays, ...")
_ON_WEEKDAYS_GAP = re.compile(r"\s*,?\s*on\s+")
_COUNTED_BEFORE = re.compile(r"\b(?:two|three|four|five|six|seven|eight|\d{1,2})\s+$", re.IGNORECASE)
_APPOSITION_GAP = re.compile(r"\s*[,:]\s*(?:the\s+)?")
_REPEAT_BOUND_GAP = re.compile(r"(?:\s*\(\s*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\s*(?:~|-|–|to)\s*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\s*\))?"  # ("weekdays (Mon.~Fri.)")
                               r"\s*[,(]?\s*(?:for\s+\w+\s+\w+\s*,?\s+)?(?:from|starting(?:\s+(?:from|on|in))?|beginning(?:\s+(?:on|in))?|"
                               r"between|during|through|in|on)?\s*(?:the\s+)?", re.IGNORECASE)
# ... or a place between them: "every Saturday from 10 a.m. to 1 p.m. at the Science Center, a total of 7 sessions
# from September 2 to October 21"
_REPEAT_PLACE_BOUND_GAP = re.compile(r"\s+(?:at|in)\s+(?:the\s+)?[A-Z0-9][^.;,]{2,60}?(?:,\s*(?:for\s+)?a\s+total\s+of\s+\w+\s+"
                                     r"(?:sessions|classes|lectures|times|rounds))?,?\s*(?:from|between|since)\s+(?:the\s+)?")
# "open weekdays 9:00~12:00 and 13:00~17:00": two spans of a day's hours, a break between them
_AND_GAP = re.compile(r"\s*,?\s*and\s+")
_HOURS_BREAK = timedelta(hours=2)  # the longest break between two spans of one day's opening hours
_NEW_CLAUSE = re.compile(r",\s+(?:and|but|while)\s+(?:the|a|an|it|they|its)\b")
_UNTIL_OR_TO_BEFORE = re.compile(r"\b(?:until|till|to)\s+$", re.IGNORECASE)  # ("extend its hours to 8 p.m. every Wednesday")
_RETURNS_AT_BEFORE = re.compile(r"\b(?:returning|returns|return|arriving\s+back|gets?\s+back|back)\s+(?:to\s+[^,.;]{3,40}?\s+)?(?:at|by)\s+$")  # ("and return by noon")
_EVERY_GAP = re.compile(r"\s+(?:every|each)\s+")
_BUT_ON = re.compile(r",\s+but\s+on\b")  # ("leave at midnight, but on the night of the 31st ...": another day's hours)
# ("open from 10 a.m. to 6 p.m., and is closed on Mondays and on the 9th": a day without those hours)
_CLOSED_DAY_BEFORE = re.compile(r"\b(?:is|are|will\s+be)\s+(?:also\s+)?closed\s+(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days"
                                r"\s*(?:,|and)\s+(?:on\s+)?)*$", re.IGNORECASE)
# ("... and march to the temple, arriving around 9 p.m.", "the ceremony will close with fireworks at about 12:30 a.m.")
_ENDS_AT_BEFORE = re.compile(r"\b(?:(?:wraps?\s+up|wrapping\s+up|ends?|ending|finish(?:es|ing)?|closes?)(?:\s+with\s+(?:\w+\s+){1,3}?(?=at\s))?"
                             r"|arriv(?:e|es|ing)(?:\s+(?:at|in)\s+(?:the\s+)?[A-Z][^,.;]{2,50}?(?=\s+(?:around|about)\b))?)"
                             r"\s+(?:at\s+)?(?:around\s+|about\s+)?$", re.IGNORECASE)
_FOLLOWED_UNTIL = re.compile(r"\bfollowed\s+by\b[^.;]{0,80}?\buntil\s+$")
_ON_EACH_DAY = re.compile(r"\s+(?:on\s+)?(?:both|each)\s+days?\b|\s+on\s+all\s+(?:\w+\s+)?days\b")
_N_DAY = re.compile(r"\b(\w+)-day\b[^.;]{0,40}$")
_THAN = re.compile(r"\s+than\b")
_STARTING_MONTH = re.compile(r"\s*(?:[^.;]*,\s+)?\W*(?:Starting|Beginning|From)\s+(?:in\s+)?")
_END_CLOCK_GAP = re.compile(r"\.?\s*(?:\(\s*[A-Za-z]{3,9}\.?\s*\))?\s*,?\s*(?:at\s*)?", re.IGNORECASE)
_RESTATED_REPEAT_GAP = re.compile(r"\s*,\s*(?:every|each)\s+", re.IGNORECASE)
_FIELD_BETWEEN = re.compile(rf"[^\n]*[{FIELD_BULLETS}][^\n]*")  # (on one line, past a notice's field mark)
_SESSIONS_LABEL = re.compile(r"\b(?:Sessions?|Rounds?|Shows?|Showtimes?|Tours?|Times?)\s*:\s*(?:[^\n△▲○]{0,30}?,\s*)?$", re.IGNORECASE)
_CLOCK_NEXT = re.compile(r"\s+\d{1,2}:\d\d\b")
# a span told first that bounds the repetitions after it: "From X to Y, ...", "..., running from X to Y.", "Until X, ..."
_FROM_LEAD = re.compile(r"\W*(?:From|Between)\s+")
_UNTIL_LEAD = re.compile(r"\W*(?:Until|Till|Through)\s+")
_FROM_JUST_BEFORE = re.compile(r"\b(?:running|runs|run)\s+from\s+$")
# (weekly rounds on named days; after "Until X," any)
_WEEKS = ("every weekday",)
_ANY_REPEAT = ("every weekday", "every day", "weekdays", "weekends")
# "Starting next week, the health center will set up a booth ...": a start told for what the next sentences tell
_START_TOLD = re.compile(r"\W*(?:Starting|Beginning)\s+(?:from\s+|on\s+|in\s+)?")
# ... or at its end: "said it will open the ‘Memory Cafe’ ... starting next month."
_START_TOLD_LAST = re.compile(r"\b(?:starting|beginning)\s+(?:from\s+|on\s+|in\s+)?$")
_SENTENCE_ENDS = re.compile(r"\s*[.!]")
_STARTING_JUST_BEFORE = re.compile(r"\b(?:starting|beginning|from)\s+(?:in\s+)?$", re.IGNORECASE)
_RESTATED_GAP = re.compile(r"\s*,\s*(?:on|from)?\s*(?:the\s+)?", re.IGNORECASE)
_BEGINS_BEFORE = re.compile(r"\b(?:begins?|starts?|kicks?\s+off|opens?)\s+(?:on\s+)?(?:the\s+)?$", re.IGNORECASE)
_THEN_REPEATS_GAP = re.compile(r"\s*,?\s*and\s+(?:will\s+)?(?:then\s+)?(?:meets?|runs?|continues?|repeats?|(?:is|are|will\s+be)\s+held"
                               r"|takes?\s+place)\s+(?:(?:once|twice|\w+\s+times)\s+a\s+week,?\s+)?(?:on\s+)?(?:every|each)?\s*",
                               re.IGNORECASE)  # ("and meet twice a week, on Mondays and Wednesdays")
# ("every day, including weekends, until June 30")
_REPEAT_UNTIL_GAP = re.compile(r"\s*(?:,\s*including\s+(?:weekends|Saturdays|Sundays)(?:\s+and\s+(?:public\s+)?holidays)?\s*)?,?\s*"
                               r"(?:until|till|through)\s+(?:the\s+)?", re.IGNORECASE)
# "Monday through Friday, 9 a.m.-6 p.m., and runs until the end of the month": to the month's last day
_AND_RUNS = r"[\s,]*and\s+(?:runs?|continues?|lasts?|stays?\s+open)\s"
_RUNS_UNTIL_MONTH_GAP = re.compile(rf"(?:{_AND_RUNS}+)?[\s,]*(?:through|until|till)\s+(?:the\s+end\s+of\s+)?", re.IGNORECASE)
_AND_RUNS_UNTIL = re.compile(_AND_RUNS, re.IGNORECASE)  # (a clause of its own)
_ORD_RANGE_IN_PARENS = re.compile(r"\s*(?:-|–|~)\s*(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\s*\)")
_NAME_GOES_ON = re.compile(r"(?:\s+[A-Z][\w'’-]*){1,6}[\"”’']")
_NAME_OPENED_BEFORE = re.compile(r"[\"“‘'](?:[A-Z0-9][\w'’&.-]*\s+){1,6}$")
def _opens_a_name(before: str, text: str, e: int) -> bool:
    """Whether the words just read open a quoted name that goes on past them."""
    return bool(before) and before[-1] in "\"“‘'" and _NAME_GOES_ON.match(text, e) is not None


_REPORTED_ON_BEFORE = re.compile(r"\b(?:announced|said|reported|revealed|stated|explained)\s+(?:on\s+)?(?:the\s+)?$")
_ASIDE_BEFORE = re.compile(r"(?:,\s+(?:which|that)\s+(?:falls?|fell)\s+(?:on\s+)?(?:the\s+)?|\bthe\s+eve\s+of\s+(?:the\s+)?"
                           r"|(?-i:\b[A-Z][\w'’]*\s+(?:Day|Eve))\s*\(\s*"  # ("ahead of Arbor Day (April 5)")
                           # ("9:00~18:00 daily (extended to 19:00 from July 19 to Aug. 10)": a change for some days)
                           r"|\(\s*(?:extended|shortened|changed)\b[^()]{0,60})$", re.IGNORECASE)
_ANNIVERSARY_OF = re.compile(r"\banniversary\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_OF_GAP = re.compile(r"\s+of\s+")
_MONTH_CONTEXT_BEFORE = re.compile(
    r"(?:\b(?:in|since|until|till|by|from|to|through|of|during|early|mid|late|end|last|next|this|and|or|before|after|"
    r"starting|beginning|around|throughout|every|each|for|as\s+of|between|until\s+the\s+end\s+of)[\s-]+(?:the\s+)?)$|^\s*$",
    re.IGNORECASE,
)
_YEAR_CONTEXT_BEFORE = re.compile(
    r"\b(?:in|since|until|till|by|from|to|through|of|during|before|after|for|end|year|around|and)\s+(?:the\s+(?:year\s+)?)?$", re.IGNORECASE)
_WORD_AFTER = re.compile(r"\s*([A-Za-z][A-Za-z'-]*)")
# A sentence ends at ".", "!" or "?" before a capital, or at a newline. The pattern opens with one
# character class so that the engine skips quickly to the few places where a sentence can end.
_SENTENCE_END = re.compile(r"[.!?\n](?:(?<=[.!?])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z])|(?<=\n))")
_WORD_BEFORE_END = re.compile(r"([0-9]*[A-Za-z.]+)[.!?]?$")  # ("31st." ends a sentence; "St." does not)
_WORD_AFTER_END = re.compile(r"\W*([A-Za-z]+)")
_WEEKDAY_TAG = re.compile(r"\(\s*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)")
_OPENING_STRAIGHT = re.compile(r"(?:^|(?<=[\s(\[]))'(?=\w)")
_CLOSING_STRAIGHT = re.compile(r"(?<=[\w.!?,])'(?!\w)")
_CLOSING_SINGLE = re.compile(r"’(?![A-Za-z])")
_DAY_OR_MONTH_WORDS = WEEKDAYS.keys() | MONTHS.keys()
_FIELD_MARK = re.compile(rf"[{FIELD_BULLETS}](?=\s*[A-Za-z]+(?:-[a-z]+)?(?:\s+(?:[a-z]+|&\s*[A-Za-z]+))?\s*:"  # (not "covers ▲ this ▲ that")
                         # ("○ In-person application:", "△Welfare and Culture Committee:", "△Ellisford-dong·Greyholm-dong:")
                         r"|\s*[A-Z][\w'’-]*(?:(?:\s+|\s*·\s*)(?:[A-Z][\w'’-]*|and|of|on|for|&)){1,6}\s*:|\s*[A-Z][a-z]+-[a-z]+\s*:"
                         rf"|\s*{NUMBERED_PART_LABEL}"
                         # ("△Sept. 17 (Wed.) 10:00~12:00, Eastbrook-dong Community Service Center △Sept. 19 ...": a list of days)
                         r"|\s*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}(?:st|nd|rd|th))"
                         r"\s*\((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\))")  # (or "△13th (Mon): ...")
_ABBREVIATIONS = frozenset(
    ["mr", "mrs", "ms", "dr", "prof", "st", "no", "gov", "sen", "rep", "lt", "gen", "col", "jr", "sr", "co", "corp", "inc", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "u.s", "a.m", "p.m", "mt", "mts", "ave", "blvd", "approx", "dept", "univ"])


@dataclass
class Piece:
    """One scanned candidate after detailed parsing; fields the text did not give stay None."""

    start: int
    end: int
    rule: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    grain: str = "day"
    fixed: date | None = None  # already resolved against the anchor ("yesterday", "last week")
    fixed_end: date | None = None
    clock: time | None = None
    clock_end: time | None = None
    weekday: int | None = None
    weekdays: tuple[int, ...] = ()  # a repetition: "every Saturday", "on weekdays" (all seven: daily)
    interval: int = 1  # "every other Friday": 2
    rrule: str | None = None  # a repetition that is not weekly: "the last Friday of every month"
    month_offset: int | None = None  # "the 23rd of next month"
    year_offset: int | None = None  # "January next year"
    midnight_end: bool = False
    week_of_month: int | None = None  # "the first week of November": 1 (-1 for the last)
    days: int = 1  # how many days from the weekday of a week of the month: 2 for its weekend
    shift: tuple[str, int] | None = None  # a reference piece: (unit, count) from the date it is told from
    target_grain: str = "day"  # what a reference piece resolves to: a day, or a part of one

    @property
    def is_time(self) -> bool:
        return self.clock is not None and self.day is None and self.month is None and self.fixed is None

    @property
    def has_day(self) -> bool:
        return self.day is not None or (self.fixed is not None and self.grain in ("day", "daypart")) or self.grain == "weekday" \
            or self.weekday is not None and self.week_of_month is not None \
            or self.grain == "reference" and self.shift is not None and (self.shift[0] in ("day", "week", "weekday") or self.shift[0] == "edge" and self.shift[1] >= 0)


@dataclass
class Expr:
    """Pieces that form one expression: a point or a range, perhaps with clock times."""

    first: Piece
    last: Piece | None = None  # the end of a range
    clock: time | None = None
    clock_end: time | None = None
    end_day_offset: int = 0  # "until 2 a.m. the following day"
    midnight: bool = False  # "at midnight" on a day: the midnight that ends it
    start: int = 0
    end: int = 0
    open_end: bool = False
    open_start: bool = False
    weekday: int | None = None
    shift: tuple[str, int] | None = None  # "the day before Christmas": moved from the date it names
    extra_rules: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.start, self.end = self.first.start, self.first.end


# ---------------------------------------------------------------- pass 1: scan and parse pieces

def _month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")[:3] if word.lower().rstrip(".") not in MONTHS else word.lower().rstrip(".")]


_MD = re.compile(rf"({_MONTH})\s*(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?")
_DM = re.compile(rf"(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH})(?:,?\s+(\d{{4}}))?")
_MY = re.compile(rf"({_MONTH})(?:,?\s+(\d{{4}}))?")
_CLOCK = re.compile(r"(\d{1,2})(?:[:.](\d\d))?\s*([aApP])?")
_NUMS = re.compile(r"\d+")


_COUNTED_FROM = re.compile(r"\b(?:aged?|ages|grades?|fell|rose|dropped|increased|decreased|declined|grew|cases|people"
                           r"|scores?|won|lost)\b[^.;]{0,30}$", re.IGNORECASE)
# Before "from 9 to 6": what says these are hours a place is open or a happening runs each day.
_OPENING_CUE = re.compile(
    r"(?:\b(?:open|opens|opened|operates?|operated|operating|runs?|hours|available|staffed|daily|days|weekdays|weekends"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?|day)\b|\d(?:st|nd|rd|th)\b|\))[^.;]{0,40}?\bfrom\s+$",
    re.IGNORECASE)


def _clock(text: str, meridiem: str | None = None) -> time | None:
    low = text.lower().strip()
    if low.startswith("12 ") and low.endswith(("noon", "midnight")):
        low = low[3:].lstrip()  # "12 noon", "12 midnight"
    if low.startswith("half past "):  # "until half past midnight"
        return time(12 if low.endswith("noon") else 0, 30)
    if low in ("noon", "midday"):
        return time(12, 0)
    if low in ("midnight", "24:00"):  # the midnight that ends a day
        return time(0, 0)
    m = _CLOCK.match(low)
    if not m:
        return None
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    mer = (m.group(3) or meridiem or "").lower()
    if mer and hour > 12:
        return None
    if mer == "p" and hour < 12:
        hour += 12
    elif mer == "a" and hour == 12:
        hour = 0
    return time(hour, minute) if hour < 24 and minute < 60 else None


def _valid(year: int | None, month: int | None, day: int | None) -> bool:
    if month is not None and not 1 <= month <= 12:
        return False
    if day is None or month is None:
        return day is None or 1 <= day <= 31
    return 1 <= day <= calendar.monthrange(year or 2024, month)[1]  # 2024: leap, so Feb 29 stays possible


_NEXT_ORDINAL = re.compile(r"\s*\d{1,2}(?:st|nd|rd|th)\b")
_NEXT_ORDINAL_SPAN = re.compile(r"\s*[-~–]\s*\d{1,2}(?:st|nd|rd|th)\b")
# ("through Feb. 12 (Mon), 2024, the last day of the Lunar New Year holiday": that day told again)
_EDGE_OF_HOLIDAY_TOLD = re.compile(r"[\d)],\s*(?:\d{4},\s*)?the\s+(?:first|last|final)\s+day\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# "the March 1st Independence Movement", "the May 18 Democratic Uprising": names of history, not dates.
_NAMED_HISTORY = re.compile(r"\s+(?:Independence\s+|Democratic\s+|Democratization\s+|Pro-Democracy\s+)?"
                            r"(?:Movement|Uprising|Revolution|War|Incident|Massacre|Struggle)\b")


def _date_ends_here(text: str, pos: int) -> bool:
    """True unless the number just read is a rank: "the 4th floor", "the 7th Riverside administration"."""
    if text[pos:pos + 1] == "-" and (text[pos + 1:pos + 2].isalpha() or _SUSPENDED_HYPHEN.match(text, pos)):
        return False  # "the 2nd-floor hall", "a 3rd-generation owner", "the 2nd- or 3rd-floor halls"
    if text[pos:pos + 1] in ",." and text[pos + 1:pos + 4].isdigit():
        return False  # "on Feb. 8 (Thu.) to 1,150 seniors": a count, its thousands set apart
    if spanned := _NEXT_ORDINAL_SPAN.match(text, pos):
        return _date_ends_here(text, spanned.end())  # "the 1st-4th grades": ranks, like the last one
    if _QUOTED_NAME_AFTER.match(text, pos):
        return False  # "will hold the 10th “Starlight Festival”": an edition
    m = _WORD_AFTER.match(text, pos)
    if not m or text[pos:m.start(1)].strip() or "\n" in text[pos:m.start(1)]:  # punctuation, a line's end or the text's
        return True
    word = m.group(1)
    low = word.lower()
    if low in ("and", "or", "to") and (listed := _NEXT_ORDINAL.match(text, m.end())):
        return _date_ends_here(text, listed.end())  # "the 1st and 2nd floors": ranks, like the last one
    if low == "and" and (final := _FINAL_NOUN.match(text, m.end())) and final.group(1).lower().rstrip("s") in ORDINAL_NOUNS:
        return False  # "the 5th and final round"
    if low in MONTHS or low.rstrip("s") in WEEKDAYS or low in ("of", "and", "or", "to"):
        return True
    if word[0].isupper():
        return False
    if low in ("nationwide", "simultaneous"):
        return _date_ends_here(text, m.end())  # ("the 8th nationwide simultaneous local elections": by the noun after)
    low = low.removesuffix("'s")  # ("the 5th council's proposals": the council's)
    return low not in ORDINAL_NOUNS and low.rstrip("s") not in ORDINAL_NOUNS


_SUSPENDED_HYPHEN = re.compile(r"-\s+(?:or|and|to)\s+\d{1,2}(?:st|nd|rd|th)-[a-z]")
_FLOOR_TOLD = re.compile(r"\bon\s+the\s+(\d{1,2})(?:st|nd|rd|th)\s+floor\s*,(?:[^.;]|\.(?=\d))*$", re.IGNORECASE)
_ON_THE_RANK = re.compile(r"\bon\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b")


def _next_floor(text: str, s: int, number: int) -> bool:
    """Whether "on the <number>th" at s goes on a list of floors its sentence began: "the center on the 1st floor, a
    kitchen on the 2nd, a library on the 3rd" (each the next floor up; not "the 3rd floor hall ... on the 15th")."""
    floor = _FLOOR_TOLD.search(text, max(0, s - 200), s)
    if floor is None:
        return False
    ranks = [int(r.group(1)) for r in _ON_THE_RANK.finditer(text, floor.start(), s)]
    return all(b == a + 1 for a, b in pairwise([*ranks, number]))


_QUOTED_NAME_AFTER = re.compile(r"\s+[\"“‘'][A-Z0-9]")
_FINAL_NOUN = re.compile(r"\s+(?:final|last)\s+(\w+)")


_THEN_AND_NOW = re.compile(r"\b(?:1[89]|20)\d0s\b|\b(?:back\s+)?then\s+and\b", re.IGNORECASE)  # a past told beside today
_NAME_GOES_ON_AFTER = re.compile(r"\s+[A-Z][a-z]")  # ("Midnight Mud Party")
_EVE_TOLD_AS_DATE = re.compile(rf"\s+of\s+(?:the\s+)?[^,.;]{{1,40}},\s+(?:the\s+{_DAYNUM}|{_MONTH}\s*{_DAYNUM})")
# "today's youth", "tomorrow's leaders": the present or the future at large, not a day.
_NOWADAYS = re.compile(r"['’]s\s+(?:youth|young|world|society|generations?|children|kids|students|leaders|economy|"
                       r"standards|technology|culture|life|lifestyles?|families|consumers|workers|era|age|times|"
                       r"environment|realities|challenges|problems|parents|teens|teenagers|seniors|elderly|"
                       r"\d{1,2}(?:st|nd|rd|th)[\s-]+graders)\b", re.IGNORECASE)  # ("for today's 8th graders")


_SLASH_PAIR = re.compile(r"(?<![\d/.])(1[0-2]|0?[1-9])/([12]\d|3[01]|0?[1-9])\s*[-–~]\s*(1[0-2]|0?[1-9])/([12]\d|3[01]|0?[1-9])(?![\d/])")


def _slash_pair(text: str, s: int, e: int) -> bool:
    """True when s:e is one end of "11/1-11/5", a forward range of two month/day dates."""
    for m in (_SLASH_PAIR.match(text, s), _SLASH_PAIR.search(text, max(0, s - 12), e)):
        if m and s in (m.start(1), m.start(3)):
            return (int(m.group(1)), int(m.group(2))) < (int(m.group(3)), int(m.group(4)))
    return False


_CHANGED_BY = re.compile(r"\b(?:reduced|increased|cut|rose|fell|grew|dropped|raised|lowered|decreased|expanded|up|down|"
                         r"reduce|increase|raise|lower|decrease|expand)\s+by\s+$", re.IGNORECASE)


def _parse(m: re.Match, text: str, anchor: date) -> list[Piece]:
    kind, s, e = m.lastgroup, m.start(), m.end()
    tok = m.group()
    before = text[max(0, s - 40):s]
    if kind == "holiday":
        if _ANNIVERSARY_OF.search(before):
            return []  # "the 79th anniversary of Liberation Day": what is celebrated, not the day
        if _EDGE_OF_HOLIDAY_TOLD.search(before):
            return []  # "through Feb. 12 (Mon), 2024, the last day of the Lunar New Year holiday": the day just told
        if _opens_a_name(before, text, e) or _NAME_OPENED_BEFORE.search(before) and _NAME_GOES_ON.match(text, e):
            return []  # "the ‘Children's Day Bubble Festival’", "the '2022 Calderbrook Chuseok Traditional Market
            # Festival'": a name that holds the holiday's
        return _holiday(tok, s, e, anchor)
    if kind == "md":
        if _ANNIVERSARY_OF.search(before) and not re.match(r",?\s*\d{4}", text[e:e + 7]):
            return []  # "the 74th anniversary of the June 25 Korean War": a name of what is remembered
        g = _MD.match(tok)
        month, day, year = _month_number(g.group(1)), int(g.group(2)), g.group(3) and int(g.group(3))
        if tok[:3] == "May" and not g.group(3) and not _MONTH_CONTEXT_BEFORE.search(before) \
                and not re.match(r"\s*\d", tok[3:]):
            return []
        if not g.group(3) and _COUNTED_AFTER.match(text, e):
            return []  # "March 3 people": a count after a month name
        if _NAMED_HISTORY.match(text, e):
            return []
        rule = "week of" if re.search(r"\bweek\s+of\s+$", before, re.IGNORECASE) else "month-day"
        return [Piece(s, e, rule + (" with year" if year else ""), year, month, day)]
    if kind == "firstof":
        last = _LAST_DAY_OF.match(tok) is not None
        if tail := _THIS_MONTH.match(text, s + re.search(r"(?i)\sof\s", tok).end() - 1):
            step = {"this": 0, "next": 1, "the following": 1, "the": 0}[" ".join(tail.group(1).lower().split())]
            year, month = _month_add(anchor.year, anchor.month, step)
            return [Piece(s, e, "day of a named month", year, month, _last_day(year, month) if last else 1)]
        g = _MY.search(tok)
        year, month = g.group(2) and int(g.group(2)), _month_number(g.group(1))
        # (February's last day is that of the year it is most likely in: this one, or the next once it is over)
        day = _last_day(year or anchor.year + (month < anchor.month), month) if last else 1
        return [Piece(s, e, "month-day", year, month, day)]
    if kind == "dm":
        g = _DM.match(tok)
        day, month, year = int(g.group(1)), _month_number(g.group(2)), g.group(3) and int(g.group(3))
        return [Piece(s, e, "day-month", year, month, day)]
    if kind == "month":
        g = _MY.match(tok)
        year = g.group(2) and int(g.group(2))
        after = text[e:e + 20]
        if not year and not _MONTH_CONTEXT_BEFORE.search(before) and not _YEAR_TAIL.match(after):
            return []
        if tok.rstrip(".").lower() in ("may", "march") and not year and not re.search(r"\b(?:in|since|until|of|from|by|early|late|mid|through)\s+$", before, re.IGNORECASE):
            return []
        return [Piece(s, e, "month", year, _month_number(g.group(1)), None, grain="month")]
    if kind == "ord":
        if not _date_ends_here(text, e):
            return []
        if re.search(r"\b(?:its|their|our|his|her|the\s+\w+'s)\s+$", before, re.IGNORECASE):
            return []
        if _SESSIONS_LABEL.search(before) and _CLOCK_NEXT.match(text, e):
            return []  # "△Sessions: 1st 19:30, 2nd 21:00": the sessions' numbers, each told with its hour
        if not re.search(r"(?:\b(?:the|on|from|to|until|till|through|since|by|and|or|between|of)\s+|[,–~-]\s*|\d(?:st|nd|rd|th)?\?|"
                         r"(?:day|weekend|Sat|Sun|Mon|Tue|Wed|Thu|Fri)\.?\s*\()$", before, re.IGNORECASE) \
                and not (before.endswith("(") and _ORD_RANGE_IN_PARENS.match(text, e)) \
                and not ((before.endswith(": ") or before.rstrip(" ")[-1:] in FIELD_BULLETS) and _WEEKDAY_IN_PARENS.match(text, e)):
            # a number with a suffix is a day only where a date may stand ("Saturday (6th)", "Week (22nd~28th)", "○ On-site
            # registration: 20th (Mon.) 9:00~18:00", "△13th (Mon): Cedarbank-dong")
            return []
        if before.endswith("on the ") and _next_floor(text, s, int(_NUMS.match(tok).group())):
            return []  # "the center on the 1st floor, a kitchen on the 2nd, a library on the 3rd": floors, told once
        day = int(_NUMS.match(tok).group())
        if tail := _MONTH_TAIL.match(text, e):  # "the 12th of next month": this end names its own month
            step = {"this": 0, "next": 1, "last": -1, "the following": 1, "the previous": -1}[" ".join(tail.group(1).lower().split())]
            year, month = _month_add(anchor.year, anchor.month, step)
            return [Piece(s, tail.end(), "day of a named month", year, month, day)]
        if tail := _THAT_MONTH_TAIL.match(text, e):  # "the 28th of that month": of the month the text told last
            return [Piece(s, tail.end(), "day of the month told before", day=day)]
        if re.search(r"\bthe\s+$", before, re.IGNORECASE):
            s -= len(before) - before.lower().rstrip().rfind("the")  # "the 27th" is the expression
        return [Piece(s, e, "bare day", day=day)]
    if kind == "iso":
        y, mo, d = (int(x) for x in _NUMS.findall(tok)[:3])
        y += 2000 if y < 100 else 0
        return [Piece(s, e, "numeric date", y, mo, d)]
    if kind == "mdot":
        month, day = (int(x) for x in _NUMS.findall(tok)[:2])
        return [Piece(s, e, "numeric date", None, month, day)]
    if kind == "slash":
        nums = [int(x) for x in _NUMS.findall(tok)]
        if len(nums) == 2 and not re.search(r"\b(?:on|from|to|until|till|through|since|by|and)\s+$|day,\s*$", before, re.IGNORECASE) \
                and not re.match(r"\s*\(", text[e:e + 3]) and not _slash_pair(text, s, e):
            return []  # "3/4 of residents"; but "on 11/1", "11/1 (Mon)", "11/1-11/5" are dates
        if len(nums) == 2 and _CHANGED_BY.search(before):
            return []  # "reduced by 1/3": a fraction
        year = None
        if len(nums) == 3:
            year = nums[2] + (2000 if nums[2] < 100 else 0)
        return [Piece(s, e, "numeric date", year, nums[0], nums[1])]
    if kind == "timerange":
        parts = re.split(r"\s*(?:-|–|~|to|and|until|till)\s*", tok, maxsplit=1)
        if part_of_day := re.search(r"\s+in\s+the\s+(\w+)$", parts[1]):  # "from 2 to 4 in the afternoon"
            parts[1] = parts[1][:part_of_day.start()] + (" a.m." if part_of_day.group(1).lower() == "morning" else " p.m.")
        mer = re.search(r"[aApP]", parts[1].split()[-1] if " " in parts[1] else parts[1][-4:])
        end = _clock(parts[1])
        start = _clock(parts[0], mer.group().lower() if mer else None)
        if start is None or end is None:
            return []
        if start > end and start.hour >= 12:  # "11 to 2 p.m.": the first hour is in the morning
            start = time(start.hour - 12, start.minute)
        return [Piece(s, e, "clock range", clock=start, clock_end=end, grain="time")]
    if kind in ("halfrange", "barerange"):
        first, last = re.split(r"\s*(?:-|–|~|to|until|till)\s*", tok, maxsplit=1)
        if kind == "barerange":
            if (not _OPENING_CUE.search(before) or _COUNTED_FROM.search(before)) and not (":" in first and ":" in last):
                return []  # "from 9 to 6" of anything else: ages, scores, counts (but "from 10:00 to 11:30" is a clock's)
            start = _clock(first, "a" if 7 <= int(first.split(":")[0]) <= 11 else "p")
        else:
            start = _clock(first)
        end = _clock(last, "a")
        if start is None or end is None:
            return []
        # "noon to 4", "from 9 to 6": the first such hour after the start ("11 p.m. to 2": the night's)
        later = time(end.hour + 12, end.minute) if end.hour < 12 else None
        if end <= start and later is not None and later > start:
            end = later
        return [Piece(s, e, "clock range", clock=start, clock_end=end, grain="time")]
    if kind == "daypart":
        low = tok.lower()
        if low.endswith("clock"):  # "at 3 o'clock": an event's hour, so the afternoon up to 7, else the morning
            mer = "p" if int(low.split()[0]) <= 7 or low.startswith("12") else "a"
        elif low.endswith("night"):  # "until 10 at night"; "12 at night" is midnight
            mer = "p" if 6 <= int(low.split()[0].split(":")[0]) <= 11 else "a"
        else:
            mer = "a" if low.endswith("morning") else "p"
        hour = _clock(tok.split()[0], mer)
        return [Piece(s, e, "clock", clock=hour, grain="time")] if hour else []
    if kind == "dmrange":
        g = re.match(rf"(\d+)(?:st|nd|rd|th)?(\s*(?:-|–|—|~|to|through)\s*)(\d+)(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH})(?:,?\s+(\d{{4}}))?", tok)
        month, year = _month_number(g.group(4)), g.group(5) and int(g.group(5))
        return [Piece(s, s + g.end(1), "day-month", year, month, int(g.group(1))),
                Piece(s + g.start(3), e, "day-month", year, month, int(g.group(3)))]
    if kind == "time":
        low = tok.lower()
        if re.search(r"\bhigh\s+$", before, re.IGNORECASE) and "noon" in tok.lower():
            return []  # "High Noon"
        if tok[0].isupper() and not tok[0].isdigit() and _NAME_GOES_ON_AFTER.match(text, e):
            return []  # "the 'Midnight Mud Party'", "Noon Concert Series": a word of a name
        if re.search(r"\b(?:sunrise|sunset|moonrise|high\s+tide|low\s+tide)\s+(?:is\s+|was\s+|will\s+be\s+)?(?:at\s+)?$", before, re.IGNORECASE):
            return []
        if ":" in tok and not re.search(r"[ap]", low) and re.search(r"(?:\d[:.]|score|ratio)\s*$", before):
            return []
        c = _clock(tok)
        if c is None:
            return []
        return [Piece(s, e, "clock", clock=c, grain="time", midnight_end=low.strip() in ("midnight", "24:00"))]
    if kind == "relday":
        if re.search(r"['’]s\s+$|\bof\s+$", before):
            return []  # "the city's Tomorrow", "the people of tomorrow": not a day
        if _NOWADAYS.match(text, e) or tok.lower() == "today" and _THEN_AND_NOW.search(before):
            return []  # "today's youth", "the world of today", "in the 1970s with the same places today": these days
        if tok[0].isupper() and before.strip() and not re.search(r"[.!?\"“'‘`]\s*$|^\s*$", before) \
                and not (tok.isupper() and before.upper() == before):
            return []  # "VOA Today": a name in the middle of a sentence (not "PARADE TONIGHT": a headline in capitals)
        low = " ".join(tok.lower().split())
        if low in ("tonight", "this morning", "this afternoon", "this evening"):
            return [Piece(s, e, "part of today", fixed=anchor, grain="daypart")]
        offsets = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
                   "the day after tomorrow": 2, "this morning": 0, "this afternoon": 0, "this evening": 0}
        if low in offsets:
            return [Piece(s, e, "relative day", fixed=anchor + timedelta(days=offsets[low]))]
        return []
    if kind == "ref":
        if tok.lower() == "the eve" and _EVE_TOLD_AS_DATE.match(text, e):
            return []  # "On the eve of the festival, the 20th (Thu.), ...": the date told beside it says which day
        if tok.lower() == "the day" and not re.search(r"(?:[ap]\.?m\.?|\d:\d\d|noon|midnight)\s+on\s+$", before, re.IGNORECASE):
            return []  # only the hours of a day told before ("from 7 a.m. to 1 p.m. on the day"), not "On the day, ..."
        if _RESTATED_DAY.search(before) and (re.match(r"\s+(?:the|its|this)\s+[a-z]", text[e:e + 12], re.IGNORECASE)
                                             or tok.lower().endswith(("day before", "day after")) and text[e:e + 1] in ",.;)"):
            return []  # "On the 19th (Sun), the day after the festival, ...", "on Dec. 9 (Mon.), the day before,": the day just told
        return [_from_reference(tok, s, e)]
    if kind == "edge":
        if re.search(r"\b(?:before|after|prior\s+to|ahead\s+of)\s+$", before, re.IGNORECASE):
            return []  # "a test taken within 72 hours before the first day of the camp": no day of its own
        if _RESTATED_DAY.search(before):
            return []  # "On the 28th, the first day of the festival, ...": the day just told, said another way
        if _NOUN_AFTER_EDGE.match(text, e):
            return []  # "The first night market, held on Aug. 26": a market, not a night of a span
        if _TO_MARK_BEFORE.search(before):
            return []  # "To mark the last day, the district will hold a party ... on the 25th": why, not when
        if after := re.match(r"(?i)(\w+)\s+days?\s+after", tok):  # "Two days after the opening": the third day
            n = number_of(after.group(1)) or 1
            return [Piece(s, e, f"{_NTH_DAY[n + 1]} day of a span", grain="reference", shift=("edge", n + 1))]
        if re.match(r"(?i)the\s+same\b", tok):
            return [Piece(s, e, "days of a span", grain="reference", shift=("edge", -1))]
        last = re.match(r"(?i)the\s+(?:last|final|closing)\b", tok) is not None
        if nth := re.match(r"(?i)the\s+(second|third)\b", tok):  # "the second night of the festival"
            return [Piece(s, e, f"{nth.group(1).lower()} day of a span", grain="reference",
                          shift=("edge", 2 if nth.group(1).lower() == "second" else 3))]
        return [Piece(s, e, "last day of a span" if last else "first day of a span", grain="reference",
                      shift=("edge", 1 if last else 0))]  # ("the final night": that day, for the hours told with it)
    if kind == "weekfrom":
        word = tok.split()[-1].lower()
        day = anchor + timedelta(days={"today": 0, "tomorrow": 1}.get(word, 0))
        if word in WEEKDAYS:
            day = anchor + timedelta(days=(WEEKDAYS[word] - anchor.weekday() - 1) % 7 + 1)  # the coming one
        return [Piece(s, e, "a week from a day", fixed=day + timedelta(days=7))]
    if kind == "relper":
        return _relative_period(tok, s, e, anchor)
    if kind == "counted":
        # (the words after, up to its sentence's end: "drew 48,000 visitors in 45 days. ... will" is a duration)
        if tok[:3].lower() == "in " and not re.search(r"\b(?:will|would|shall|'ll|expected|scheduled|due)\b",
                                                      before + re.split(r"[.!?](?:\s|$)", text[e:e + 40], maxsplit=1)[0], re.IGNORECASE):
            return []  # "the second letter in two weeks" is a duration, not a date to come
        return _counted(tok, s, e, anchor)
    if kind == "weekday":
        if _opens_a_name(before, text, e):
            return []  # the first word of a quoted name: "the “Friday Night Autumn Concert”"
        if tok.lower() in ("weekends", "weekdays") and (_INCLUDED_AFTER.match(text, e) or _INCLUDING_BEFORE.search(before)):
            return []  # "daily from 10 a.m. to 9 p.m., weekends and holidays included": no day left out, none singled out
        if _SCHEDULE_AFTER.match(text, e):
            return []  # "○ Saturday hours: every Saturday from the 16th": a schedule's name, no day of its own
        return _weekday(tok, s, e, before)
    if kind == "daily":
        if tok.lower().endswith(("year", "annually")):
            return [Piece(s, e, "every year", grain="repeat", rrule="FREQ=YEARLY")]
        if tok.lower().endswith(("weekday", "weeknight", "school day")):  # ("Every school day from 8 a.m. to 8:50 a.m.")
            return [Piece(s, e, "every weekday", weekdays=(0, 1, 2, 3, 4), grain="repeat")]
        if tok.lower().endswith("weekend"):  # "every weekend in November": its Saturdays and Sundays
            return [Piece(s, e, "every weekend", weekdays=(5, 6), grain="repeat")]
        return [Piece(s, e, "every day", weekdays=tuple(range(7)), grain="repeat")]
    if kind == "monthly":
        # "every second Sunday" is the month's second Sunday, as "every 2nd and 4th Sunday" is: these notices
        # write a fortnightly one as "every other Sunday"
        return [Piece(s, e, "every month", grain="repeat", rrule=_monthly_rule(tok))]
    if kind == "nthweek":
        which = tok.split()[1].lower()
        nth = {"first": 1, "second": 2, "third": 3, "fourth": 4}.get(which, -1)
        rest = tok.split(" of ", 1)[1] if " of " in tok else tok.split("of", 1)[1]
        if g := _MY.fullmatch(rest.strip()):
            return [Piece(s, e, "nth week of a month", g.group(2) and int(g.group(2)), _month_number(g.group(1)),
                          grain="week", week_of_month=nth)]
        step = {"this": 0, "next": 1, "last": -1}[rest.split()[0].lower()]
        y, mo = _month_add(anchor.year, anchor.month, step)
        return [Piece(s, e, "nth week of a month", y, mo, grain="week", week_of_month=nth)]
    if kind == "nthweekend":  # a weekend is told by its Saturday: "the first weekend of May" holds May's first Saturday
        rest = re.split(r"\s+of\s+", tok, maxsplit=1, flags=re.IGNORECASE)[1].strip()
        if g := _MY.fullmatch(rest):
            year, month = (int(g.group(2)) if g.group(2) else None), _month_number(g.group(1))
        else:
            year, month = _month_add(anchor.year, anchor.month, 0 if rest.lower().startswith("this") else 1)
        nths = list(_NTH_WORD.finditer(tok, 0, tok.lower().index("weekend")))
        # each weekend a piece of its own, the last holding the month: "the 3rd" | "4th weekends of October"
        return [Piece(s + (n.start() if i else 0), s + (n.end() if i < len(nths) - 1 else len(tok)),
                      "nth weekend of a month", year, month, grain="day", weekday=5, days=2,
                      week_of_month=_NTH_NUMBER[n.group().lower()]) for i, n in enumerate(nths)]
    if kind == "nthwd":  # "the last Saturday of November", "the second Tuesday of next month"
        words = tok.split()
        nth = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1}.get(words[1].lower())
        weekday = WEEKDAYS[words[2].lower()]
        rest = re.split(r"\s+(?:of|in)\s+", tok, maxsplit=1, flags=re.IGNORECASE)[1].strip()
        if g := _MY.fullmatch(rest):
            year, month = g.group(2) and int(g.group(2)), _month_number(g.group(1))
        elif rest.lower().endswith("new year"):  # "the first Thursday of the new year"
            year, month = anchor.year + (anchor.month > 1), 1
        elif rest.lower().endswith("year"):  # "the last Friday of the year": its December's; "the first ...": January's
            year, month = anchor.year, 12 if nth == -1 else 1
        else:
            year, month = _month_add(anchor.year, anchor.month, 0 if rest.lower().startswith("this") else 1)
        return [Piece(s, e, "nth weekday of a month", year, month, grain="day", weekday=weekday,
                      week_of_month=nth or int(words[1][0]))]
    if kind == "weekend":
        if not re.search(r"\b(?:over|during|on|at|for|through|throughout|across)\s+$", before, re.IGNORECASE):
            return []  # "the weekend market": a kind of thing, not a date
        return [Piece(s, e, "the weekend", grain="weekday", weekday=5)]  # read as its Saturday, then widened
    if kind == "part":
        return _part(tok, s, e, anchor)
    if kind == "halfyear":
        low = " ".join(tok.lower().replace("-", " ").split())
        if "quarter" in low:
            q = ("first", "second", "third", "fourth").index(re.search(r"first|second|third|fourth", low).group())
            return [Piece(s, e, "quarter", month=3 * q + 1, grain="month", fixed_end=None, day=None, weekdays=(),
                          clock=None, year=None, month_offset=3 * q + 3)]
        if "half" in low:
            first = "first" in low
            return [Piece(s, e, "half year", month=1 if first else 7, grain="month", month_offset=6 if first else 12)]
        return [Piece(s, e, "year end", month=12, grain="month")]
    if kind == "season":
        name = tok.split()[0].lower()
        year = int(_NUMS.search(tok).group())
        lo, hi = SEASONS[name]
        return [Piece(s, e, "season", year=year, month=lo, grain="month", month_offset=hi + (12 if hi < lo else 0))]
    if kind == "year":
        if not _YEAR_CONTEXT_BEFORE.search(before) and not re.match(r"\s*(?:-|–|to|through)\s*(?:19|20)\d\d\b", text[e:e + 12]):
            return []
        return [Piece(s, e, "year", year=int(tok), grain="year")]
    return []


def _holiday(tok: str, s: int, e: int, anchor: date) -> list[Piece]:
    """Holidays on fixed days, Thanksgiving (the fourth Thursday of November) and the lunar holidays."""
    low = " ".join(tok.lower().replace("’", "'").split())
    name = re.sub(r"\s+(?:holidays?|holiday period|day)$", "", low)  # ("Seollal day", "Chuseok Day": the day itself)
    name = "seollal" if name.startswith("lunar new year") else name
    if name in LUNAR_HOLIDAYS:
        known = LUNAR_HOLIDAYS[name]
        days = [date(y, *known[y]) for y in (anchor.year - 1, anchor.year, anchor.year + 1) if y in known]
        if not days:
            return []
        day = min(days, key=lambda d: abs((d - anchor).days))
        if low.endswith(("holiday", "holidays", "holiday period")) and name != "buddha's birthday":
            # "the Chuseok holidays": the eve, the day and the day after (but "Lunar New Year's Day" is the day)
            return [Piece(s, e, f"holiday ({tok})", fixed=day - timedelta(days=1), fixed_end=day + timedelta(days=1))]
        return [Piece(s, e, f"holiday ({tok})", fixed=day)]
    fixed = {"christmas day": (12, 25), "christmas eve": (12, 24), "new year's day": (1, 1), "new year's eve": (12, 31),
             "liberation day": (8, 15), "hangeul day": (10, 9), "hangul day": (10, 9), "children's day": (5, 5),
             "parents' day": (5, 8), "national foundation day": (10, 3), "independence movement day": (3, 1),
             "constitution day": (7, 17)}
    if low in fixed:
        month, day = fixed[low]
        return [Piece(s, e, f"holiday ({tok})", None, month, day)]

    def nth_weekday(year: int) -> date:
        first = date(year, 11, 1)
        if low.startswith("election"):  # the Tuesday after the first Monday of November
            return first + timedelta(days=(0 - first.weekday()) % 7 + 1)
        return first + timedelta(days=(3 - first.weekday()) % 7 + 21)  # the fourth Thursday

    this_year, last_year = nth_weekday(anchor.year), nth_weekday(anchor.year - 1)
    chosen = this_year if this_year <= anchor + timedelta(days=60) else last_year
    return [Piece(s, e, f"holiday ({tok})", fixed=chosen)]


def _from_reference(tok: str, s: int, e: int) -> Piece:
    """A day told from another date of the story, which find_mentions supplies as the reference."""
    low = " ".join(tok.lower().split())
    words = low.split()
    grain = "daypart" if words[-1] in ("morning", "afternoon", "evening", "night") else "day"
    if words[-1] in WEEKDAYS:
        return Piece(s, e, f"{words[1]} weekday", grain="reference", weekday=WEEKDAYS[words[-1]],
                     shift=("weekday", 1 if words[1] == "following" else -1))
    if low.endswith(("day before", "day after")):
        return Piece(s, e, low, grain="reference", shift=("day", -1 if low.endswith("before") else 1))
    if low == "the eve":
        return Piece(s, e, "the day before", grain="reference", shift=("day", -1))
    if words[-1] == "day" and words[-2] in _HAPPENING_DAYS or low.startswith("the day of the "):
        # "on race day", "on reopening day", "on the day of the parade"
        return Piece(s, e, "day of the happening", grain="reference", shift=("day", 0))
    step = 1 if words[1:2] in (["following"], ["next"]) else -1 if words[1:2] in (["previous"], ["preceding"]) else 0
    rule = "following day" if step == 1 else "previous day" if step == -1 else "same day"
    return Piece(s, e, rule, grain="reference", shift=("day", step), target_grain=grain)


def _relative_period(tok: str, s: int, e: int, anchor: date) -> list[Piece]:
    *words, unit = tok.lower().split()
    which = " ".join(words)
    step = {"this": 0, "next": 1, "coming": 1, "this coming": 1, "the following": 1, "last": -1, "past": -1, "previous": -1}[which]
    if unit in WEEKDAYS:
        target = WEEKDAYS[unit]
        delta = (target - anchor.weekday()) % 7
        if step < 0:
            delta = delta - 7 if delta else -7
        elif step > 0 and delta == 0:
            delta = 7
        return [Piece(s, e, f"{which} weekday", fixed=anchor + timedelta(days=delta), weekday=target)]
    if unit in MONTHS:  # "last October": the latest October before this month; "next March", "this May"
        month = MONTHS[unit]
        year = anchor.year
        if step < 0 and month >= anchor.month:
            year -= 1
        elif step > 0 and month <= anchor.month:
            year += 1
        return [Piece(s, e, f"{which} month name", year=year, month=month, grain="month")]
    if unit in ("week", "weekend"):
        monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=step)
        if unit == "weekend":
            return [Piece(s, e, f"{which} weekend", fixed=monday + timedelta(days=5),
                          fixed_end=monday + timedelta(days=6), grain="week")]
        return [Piece(s, e, f"{which} week", fixed=monday, fixed_end=monday + timedelta(days=6), grain="week")]
    if unit == "month":
        y, m = divmod(anchor.year * 12 + anchor.month - 1 + step, 12)
        return [Piece(s, e, f"{which} month", year=y, month=m + 1, grain="month")]
    if unit == "year":
        return [Piece(s, e, f"{which} year", year=anchor.year + step, grain="year")]
    if unit == "quarter":
        q = (anchor.month - 1) // 3 + step
        y, q = anchor.year + q // 4, q % 4
        return [Piece(s, e, f"{which} quarter", year=y, month=3 * q + 1, grain="month", month_offset=3 * q + 3)]
    lo, hi = SEASONS[unit]
    year = anchor.year + step - (1 if unit == "winter" and anchor.month <= 2 else 0)
    return [Piece(s, e, f"{which} season", year=year, month=lo, grain="month", month_offset=hi + (12 if hi < lo else 0))]


def _counted(tok: str, s: int, e: int, anchor: date) -> list[Piece]:
    low = " ".join(tok.lower().split())
    m = re.search(r"(\d+|[a-z]+)\s+(day|week|month|year)s?", low.removeprefix("in "))
    n = number_of(m.group(1))
    if n is None:
        return []
    unit = m.group(2)
    sign = -1 if re.search(r"\b(?:ago|earlier|before)$", low) else 1
    if re.search(r"\b(?:later|earlier)$", low):  # "a week later": from the date the story is at
        return [Piece(s, e, "counted from a date", grain="reference", shift=(unit, sign * n))]
    if re.search(r"\b(?:after|before)$", low):  # "two days before Christmas": only with the date it names
        return [Piece(s, e, "counted before a date", grain="reference", shift=(unit, sign * n))]
    if unit == "year":  # "a year ago": about then, not that very day
        return [Piece(s, e, "years from the anchor", grain="approximate", fixed=_shift_years(anchor, sign * n))]
    if " or so " in low and unit in ("day", "week"):  # "a week or so ago": about then
        return [Piece(s, e, "about so long ago", grain="approximate", fixed=anchor + timedelta(days=sign * n * (7 if unit == "week" else 1)))]
    if unit == "day":
        return [Piece(s, e, "days from the anchor", fixed=anchor + timedelta(days=sign * n))]
    if unit == "week":
        if low.startswith("in ") or sign > 0:  # ("in two weeks", "a week from now")
            return [Piece(s, e, "weeks from the anchor", fixed=anchor + timedelta(weeks=n))]
        if n <= 2:
            return [Piece(s, e, "weeks from the anchor", fixed=anchor - timedelta(weeks=n))]
        monday = anchor - timedelta(days=anchor.weekday()) - timedelta(weeks=n)  # "six weeks ago": that week
        return [Piece(s, e, "weeks from the anchor", fixed=monday, fixed_end=monday + timedelta(days=6), grain="week")]
    y, mo = divmod(anchor.year * 12 + anchor.month - 1 + sign * n, 12)
    return [Piece(s, e, "months from the anchor", year=y, month=mo + 1, grain="month")]


def _shift_years(day: date, n: int) -> date:
    return day.replace(year=day.year + n, day=min(day.day, _last_day(day.year + n, day.month)))


_INCLUDED_AFTER = re.compile(r"\s+(?:and\s+(?:public\s+)?holidays\s+)?included\b")
_INCLUDING_BEFORE = re.compile(r"\b(?:including|incl\.|even\s+on)\s+$", re.IGNORECASE)
_RESTATED_DAY = re.compile(r"(?:\d(?:st|nd|rd|th)?|\([A-Za-z]{3,9}\.?\))\s*,\s*$")
_CLOSED_BEFORE = re.compile(r"\b(?:clos(?:ed|es?)(?:\s+on|\s*:)?|except(?:\s+on)?|excluding|other\s+than"
                            r"|free(?:\s+of\s+charge)?\s+on)\s+$", re.IGNORECASE)  # ("parking is free on Sundays")


_DAY_OF_UNTOLD_BEFORE = re.compile(r"\bthe\s+day\s+of\s+(?:the\s+|their\s+|his\s+|her\s+)?[a-z-]+\s+and\s+$", re.IGNORECASE)
_SCHEDULE_AFTER = re.compile(r"\s+(?:opening\s+)?(?:hours|schedules?|timetables?)\b", re.IGNORECASE)
# ("rose 27% from an ordinary Saturday", "The week starts on a Tuesday because ...": a kind of day, none in particular)
_ANY_SUCH_DAY = re.compile(r"\b(?:an?\s+(?:ordinary|normal|typical|average|usual|regular|given|single)|any"
                           r"|(?<=\bon\s)a|(?<=\bis\s)a|(?<=\bwas\s)a|regular|usual)\s+$", re.IGNORECASE)


def _weekday(tok: str, s: int, e: int, before: str) -> list[Piece]:
    part = re.search(r"\s+(night|morning|evening|afternoon)s?$", tok)
    low = tok[:part.start()] if part else tok
    low = low.strip("() ").rstrip(".").lower()
    if low in ("weekdays", "weeknights"):
        return [Piece(s, e, "weekdays", weekdays=(0, 1, 2, 3, 4), grain="repeat")]
    if low == "weekends":
        return [Piece(s, e, "weekends", weekdays=(5, 6), grain="repeat")]
    # "Saturdays", "Tuesday nights": every such day
    plural = low.endswith("s") and low.rstrip("s") in WEEKDAYS and low not in WEEKDAYS or bool(part and part.group().endswith("s"))
    wd = WEEKDAYS[low.rstrip("s") if plural else low]
    if not plural and _ANY_SUCH_DAY.search(before):
        return []  # a kind of day, none in particular: "busier than a typical Monday"
    if plural and _CLOSED_BEFORE.search(before):
        return []  # "(closed on Mondays)", "except Sundays": the days a schedule skips, not days of their own
    if plural and re.search(r"(?:\(\s*(?:all|both)\s+|\d\s*\(\s*|\d(?:st|nd|rd|th)?\s*,\s*(?:all|both)\s+)$", before):
        return []  # "on the 3rd, 10th and 17th (all Tuesdays)", "May 21·28, June 11·25 (Saturdays)", "on the 22nd and 29th,
        # both Saturdays": the days told, tagged with their weekday
    if plural or (every := _EVERY_BEFORE.search(before)):
        interval = 2 if not plural and every.group(1) else 1
        return [Piece(s, e, "every weekday", weekdays=(wd,), grain="repeat", interval=interval)]
    if part and not plural:  # "Friday night": a part of that day, not the whole day
        return [Piece(s, e, "weekday part", weekday=wd, grain="weekday", month_offset=-1)]
    return [Piece(s, e, "weekday", weekday=wd, grain="weekday")]


def _part(tok: str, s: int, e: int, anchor: date) -> list[Piece]:
    low = " ".join(tok.lower().replace("-", " ").split())
    rest = _SCAN.match(tok, re.search(r"(?i)(?:early|mid|late|\bof)(?:-|\s+)", tok).end())
    target: list[Piece] = []
    if rest and rest.lastgroup in ("month", "md"):
        g = _MY.match(rest.group())
        year = g.group(2) and int(g.group(2))
        target = [Piece(s, e, "part of a month", year, _month_number(g.group(1)), grain="month")]
    elif re.search(r"\b(?:this|next|last)\s+month$|the\s+month$", low):
        step = {"this": 0, "next": 1, "last": -1, "the": 0}[low.split()[-2]]
        y, m = divmod(anchor.year * 12 + anchor.month - 1 + step, 12)
        target = [Piece(s, e, "part of a month", y, m + 1, grain="month")]
    else:
        yr = re.search(r"(\d{4})$", low)
        step = {"this": 0, "next": 1, "last": -1, "the": 0}.get(low.split()[-2], 0)
        year = int(yr.group(1)) if yr else anchor.year + step
        if "first half" in low:
            return [Piece(s, e, "half year", year, 1, grain="month", month_offset=6)]
        if "half" in low:
            return [Piece(s, e, "half year", year, 7, grain="month", month_offset=12)]
        if "quarter" in low:
            q = ("first", "second", "third", "fourth").index(re.search(r"first|second|third|fourth", low).group())
            return [Piece(s, e, "quarter", year, 3 * q + 1, grain="month", month_offset=3 * q + 3)]
        if "end" in low or "late" in low:
            return [Piece(s, e, "end of a year", year, 12, grain="month")]
        if "beginning" in low or "start" in low or "early" in low:
            return [Piece(s, e, "start of a year", year, 1, grain="month")]
        return [Piece(s, e, "part of a year", year, grain="year")]
    return target


# ---------------------------------------------------------------- pass 2: combine pieces


def _is_day_like(p: Piece) -> bool:
    return p.day is not None or p.fixed is not None or p.grain in ("month", "year", "week", "weekday")


def _combine(pieces: list[Piece], text: str) -> list[Expr]:
    exprs: list[Expr] = []
    i = 0
    while i < len(pieces):
        p = pieces[i]
        x = Expr(p)
        if p.is_time:
            x.clock, x.clock_end = p.clock, p.clock_end
        i += 1
        while i < len(pieces):
            q = pieces[i]
            if q.start < x.end:  # inside what was joined already: "Nov. 1 (Mon.) to 5"
                if text[x.end:q.end] == ".":
                    x.end = q.end  # "9.20.(Wed)~9.21.(Thu) 10:00~17:00": the end's dot, then its weekday and hours
                i += 1
                continue
            gap = text[x.end:q.start]
            if _join(x, q, gap, text):
                x.end = q.end
                i += 1
                continue
            break
        exprs.append(x)
    return exprs


_OPEN_CLOSE_GAP = re.compile(  # "and close at", "and the grounds stay open till"
    r"\s*,?\s*and\s+(?:(?:close|closes|end|ends|finish|finishes)\s+at"
    r"|(?:(?:the|its)\s+[a-z]+\s+)?(?:stays?|remains?|is|are)\s+open\s+(?:until|till))\s*", re.IGNORECASE)
_UNTIL_BEFORE = re.compile(r"\b(?:until|till|to)\s+$", re.IGNORECASE)
_CLOCK_RANGE_ON = re.compile(r"\s*(?:-|–|~|\?|to|until|till)\s*\d", re.IGNORECASE)  # after a clock: "10:30 a.m. to 5:30 p.m."


_BETWEEN_CLOCK_END = re.compile(r"\bbetween\s+\d{1,2}(?::\d\d)?(?:\s*[ap]\.?m\.?)?$", re.IGNORECASE)


def _join(x: Expr, q: Piece, gap: str, text: str) -> bool:
    """Join piece q into expression x when the text between them says they belong together."""
    tail = x.last or x.first
    if tail.grain == "weekday" and x.last is None and q.grain == "repeat" and q.weekdays and q.rrule is None \
            and LIST_GAP.fullmatch(gap):  # "on Monday and Tuesday nights": both, every week
        x.first = replace(q, weekdays=tuple(sorted({tail.weekday, *q.weekdays})), start=tail.start)
        return True
    if tail.grain == "repeat" and x.last is None:
        if (q.grain == "weekday" and q.weekday is not None or q.grain == "repeat") and LIST_GAP.fullmatch(gap):
            # "every Tuesday and Thursday"
            days = tuple(sorted(set(tail.weekdays) | set(q.weekdays) | ({q.weekday} if q.weekday is not None else set())))
            x.first = replace(tail, weekdays=days)
            return True
        if tail.rule == "every day" and q.grain in ("repeat", "weekday") and _INCLUDING_GAP.fullmatch(gap):
            return True  # "every day, including Saturdays and Sundays, from 9 a.m.": every day still
        if q.is_time and x.clock is None and (_TIME_AFTER_DAY.fullmatch(gap) or _TIME_AFTER_ASIDE.fullmatch(gap)):
            # "every Sunday at 10 a.m.", "every day, including holidays, from 9 a.m."
            if re.search(r"(?i)\b(?:until|till)\s*$", gap) and q.clock_end is None:
                x.clock_end = q.clock  # "every Wednesday until 9 p.m.": when it ends
            else:
                x.clock, x.clock_end = q.clock, q.clock_end
            return True
    if tail.grain == "reference" and x.last is None and tail.shift and q.has_day and not q.is_time \
            and tail.rule in ("day before", "day after", "the day before", "the day after", "counted before a date") \
            and re.fullmatch(r"\s*", gap):
        x.first, x.shift = q, tail.shift  # "the day before last Tuesday", "two days after Christmas"
        return True
    if q.grain == "reference" and q.rule == "following day":  # "until 2 a.m. the following day"
        ends = x.clock_end is not None or (x.clock is not None and _UNTIL_BEFORE.search(text, max(0, x.start - 8), x.start))
        if ends and _FOLLOWING_DAY.fullmatch(text[x.end:q.end]):
            x.end_day_offset = 1
            return True
        if x.clock is not None and x.clock_end is not None and x.clock_end < x.clock \
                and _FOLLOWING_MORNING.fullmatch(text[x.end:q.end]):
            if x.last is None or not _EVERY_NIGHT_BEFORE.search(text, max(0, x.start - 80), x.start):
                x.end_day_offset = 1  # (a span of days ends the morning after its last night; but each night of "every
                # night from the 15th to the 19th" ends the next morning already)
            return True
    if q.is_time and x.clock is None and not tail.is_time and tail.has_day and _TIME_AFTER_DAY.fullmatch(gap):
        if (q.clock_end is not None or _CLOCK_RANGE_ON.match(text, q.end)) \
                and _OPEN_START_BEFORE.search(text, max(0, x.start - 40), x.start):
            return False  # "It will operate until August 22, from 10:30 a.m. to 5:30 p.m. daily": hours of each day
        if q.clock_end is None and (re.search(r"(?i)\b(?:until|till|to|by)\s*$", gap)
                                    or x.last is not None and not gap.strip() and not _CLOCK_RANGE_ON.match(text, q.end)):
            # "On New Year's Eve, ... until 2 a.m.", "from March 18 (Mon.) to April 12 (Fri.) 18:00": when it
            # ends, not when it starts
            x.clock_end = q.clock
        else:
            x.clock, x.clock_end = q.clock, q.clock_end
            x.midnight = q.midnight_end
        return True
    if q.is_time and x.clock is not None and x.clock_end is None and q.clock_end is None and q.clock > x.clock \
            and re.fullmatch(r"\s*and\s*", gap) and _BETWEEN_CLOCK_END.search(text, x.start, x.end):
        x.clock_end = q.clock  # "on the 12th between 13:00 and 17:00"
        return True
    if q.is_time and x.last is not None and x.clock is not None and x.clock_end is None and q.clock_end is None \
            and not x.last.is_time and _END_CLOCK_GAP.fullmatch(gap):
        x.clock_end = q.clock  # "from 9 a.m. on April 10 until the 30th (Sun) at 6 p.m.", "to 4.14.(Mon) 06:00"
        return True
    if q.is_time and x.clock is not None and x.clock_end is None and _OPEN_CLOSE_GAP.fullmatch(gap):
        x.clock_end = q.clock  # "Doors open at 10 a.m. and close at 5 p.m."
        return True
    if q.is_time and x.clock is not None and (x.clock_end is None) and _RANGE_GAP.fullmatch(gap) \
            and ("and" not in gap or _BETWEEN_BEFORE.search(text[max(0, x.start - 30):x.start])) and "or" not in gap:
        x.clock_end = q.clock
        if q.midnight_end:
            x.end_day_offset = 1
        return True
    if x.clock_end is not None and x.last is None and not x.first.is_time and tail.grain != "repeat" and q.has_day \
            and not q.is_time and q.grain != "weekday" \
            and _DAY_AFTER_TIME.fullmatch(gap):
        x.last = q  # "... until 5 a.m. on November 6"
        return True
    if x.first.is_time and x.last is None and q.grain == "repeat" and _DAY_AFTER_TIME.fullmatch(gap):
        x.first = q  # "from 9 a.m. to 6 p.m. on weekdays"
        return True
    if x.first.is_time and x.last is None and not q.is_time and q.has_day and _DAY_AFTER_TIME.fullmatch(gap):
        # "until 24:00 on the 31st", "at midnight on Dec. 31": the night that ends it (but "from midnight to 2 a.m. on
        # Jan. 1" starts that day's small hours)
        x.midnight = x.first.midnight_end and not (x.clock_end is not None and x.clock_end < time(6) and x.clock == time(0))
        x.first, x.start = q, x.start
        return True
    if tail.grain == "weekday" and q.grain == "weekday" and x.last is None and tail.rule == q.rule == "weekday" \
            and re.fullmatch(r"\s*(?:-|–|—|~|to|through|thru)\s*", gap, re.IGNORECASE):
        if _HELD_FROM.search(text, max(0, x.start - 40), x.start):
            x.last = q  # "The festival will be held from Friday through Sunday": those days of one week, once
            return True
        # "10 a.m. to 4 p.m., Monday to Friday": every day of the span, at those hours
        x.first = replace(tail, weekdays=_weekday_span(tail.weekday, q.weekday), grain="repeat", rule="weekday range")
        return True
    if tail.rule == "every weekday" and len(tail.weekdays) == 1 and tail.interval == 1 and q.grain == "weekday" \
            and q.rule == "weekday" and x.last is None and re.fullmatch(r"\s*(?:-|–|—|~|to|through|thru)\s*", gap, re.IGNORECASE):
        # "every Monday through Friday from 7 p.m. to 10 p.m.": each day of the span, every week
        x.first = replace(tail, weekdays=_weekday_span(tail.weekdays[0], q.weekday), rule="weekday range")
        return True
    if q.grain == "weekday" and tail.has_day and tail.grain != "weekday" and re.fullmatch(r"\s*[,(]?\s*", gap):
        if x.last is None:
            x.weekday = q.weekday  # "the 5th (Sat.)" (the weekday of a span's last day confirms that one only)
        return True
    if tail.fixed is not None and tail.grain == "day" and x.last is None and q.rule == "bare day" \
            and q.day == tail.fixed.day and re.fullmatch(r"\s*\(\s*", gap) \
            and re.match(r"\)\s*(?:-|–|~|to|until|till|through)\s", text[q.end:q.end + 10]):
        x.first = q  # "from today (1st) to the 15th": the day, told as the text numbers it
        return True
    if tail.grain == "weekday" and x.last is None and q.has_day and q.grain != "weekday" and q.fixed is None \
            and _CONFIRM_GAP.fullmatch(gap):
        x.weekday = tail.weekday  # "Saturday, Nov. 6"
        x.first = q
        return True
    if x.clock is not None and x.last is None and tail.day is not None and q.day is not None and not q.is_time \
            and _RANGE_GAP.fullmatch(gap) and not re.search(r"\b(?:and|or)\b", gap):
        x.last = q  # hours over a span of days: "10:00-18:00, Nov. 1 to Nov. 5"
        return True
    if x.clock is None and not q.is_time and _is_day_like(q) and _is_day_like(tail) and x.last is None:
        if not _RANGE_GAP.fullmatch(gap):
            return False
        if re.search(r"\b(?:and|or)\b", gap) and not _BETWEEN_BEFORE.search(text[max(0, x.start - 30):x.start]) \
                and not (tail.grain == q.grain == "month" and "or" not in gap) and not _CONTINUES_TO.fullmatch(gap):
            return False
        if q.fixed is not None and tail.fixed is not None and (q.fixed_end or q.fixed) < tail.fixed:
            return False  # "tomorrow - last month" runs backwards: two dates, not a range
        if (q.fixed is None) != (tail.fixed is None) or (q.grain != tail.grain and "week" in (q.grain, tail.grain)):
            return False
        if tail.grain == "weekday" and q.grain == "weekday" and _CONTINUES_TO.fullmatch(gap):
            x.last = q  # "registration opens Monday and runs through Friday": those days of one week, once
            return True
        if tail.grain == "weekday" and q.grain == "weekday":
            days = _weekday_span(tail.weekday, q.weekday)
            x.first = replace(tail, weekdays=days, grain="repeat", rule="weekday range")
            return True
        if "weekday" in (tail.grain, q.grain) or "daypart" in (tail.grain, q.grain):
            return False  # "from Sept. 14 to Thursday": each end is read on its own
        if tail.grain == "year" and q.grain != "year" or q.grain == "year" and tail.grain != "year":
            return False
        x.last = q
        return True
    return False


def _weekday_span(a: int, b: int) -> tuple[int, ...]:
    return tuple((a + k) % 7 for k in range((b - a) % 7 + 1))


_DOTTED_TAIL = re.compile(r"\.?\s*(?:\(\s*[A-Za-z]{3,9}\.?\s*\))?\s*(?:~|-|–|to)\s*(1[0-2]|0?[1-9])\.\s?([12]\d|3[01]|0?[1-9])\b\.?(?!\d)")

_DOTTED_DAY_TAIL = re.compile(r"\.?\s*(?:\(\s*[A-Za-z]{3,9}\.?\s*\))?\s*(?:~|-|–)\s*([12]\d|3[01]|0?[1-9])\.?"
                              r"(?=\s*\(\s*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun))")


# "July 19 (Mon.) 20:00 ~ 24 (Sat.) 18:00": the end's day told alone between the two hours
_TIMED_DAY_TAIL = re.compile(r"\s*(?:\(\s*[A-Za-z]{3,9}\.?\s*\)\s*)?,?\s*(?:[01]?\d|2[0-4]):\d\d\s*(?:~|-|–|to|until)\s*"
                             r"(([12]\d|3[01]|0?[1-9])(?![\d:])(?:st|nd|rd|th)?)\s*(?:\(\s*[A-Za-z]{3,9}\.?\s*\)\s*)?,?\s*(?=(?:[01]?\d|2[0-4]):\d\d\b)")


def _expand_tails(pieces: list[Piece], text: str) -> list[Piece]:
    """A month-day followed by bare numbers: "Nov 1 to 6", "November 1?15", "October 21 and 23"."""
    out: list[Piece] = []
    for p in pieces:
        out.append(p)
        if p.rule == "numeric date" and (m := _DOTTED_TAIL.match(text, p.end)):
            # "2021. 11. 1.(Mon) ~ 11. 15.(Mon)": the end written as month and day, dotted like the start
            out.append(Piece(m.start(1), m.end(2), "dotted month-day", p.year, int(m.group(1)), int(m.group(2))))
            continue
        if p.rule == "numeric date" and (m := _DOTTED_DAY_TAIL.match(text, p.end)) and int(m.group(1)) > (p.day or 32):
            # "12.10.(Sat)~11.(Sun)": the end told by its day alone, in the start's month
            out.append(Piece(m.start(1), m.end(1), "day after a month-day", p.year, None, int(m.group(1))))
            continue
        if p.month is None or p.day is None or p.rule.startswith("numeric"):
            continue
        pos = p.end
        if (m := _TIMED_DAY_TAIL.match(text, pos)) and int(m.group(2)) > p.day:
            out.append(Piece(m.start(1), m.end(1), "day after a month-day", p.year, None, int(m.group(2))))
            continue
        m = _DAY_TAIL.match(text, pos)
        if m and _date_ends_here(text, m.end()):
            out.append(Piece(m.start(2), m.end(), "day after a month-day", p.year, None, int(m.group(2))))
            # ranges listed after it, in its month: "April 12?14, 19?21 and 26?28"
            pos = m.end()
            while (first := _LIST_TAIL.match(text, pos)) and (last := _DAY_TAIL.match(text, first.end())) \
                    and _date_ends_here(text, last.end()):
                out.append(Piece(first.start(2), first.end(), "listed day", p.year, p.month, int(first.group(2))))
                out.append(Piece(last.start(2), last.end(), "day after a month-day", p.year, None, int(last.group(2))))
                pos = last.end()
            continue
        while (m := _LIST_TAIL.match(text, pos)) and _date_ends_here(text, m.end()) and not _counts(text, m):
            out.append(Piece(m.start(2), m.end(), "listed day", p.year, p.month, int(m.group(2))))
            pos = m.end()
    out.sort(key=lambda piece: piece.start)
    return out


# Words that may follow the last day of a list ("on November 2, 9 and 16 at the market"); any other word
# after a bare number makes it a count: "from the 21st to the 30th, and 30 trainees will be selected".
_AFTER_LISTED_DAY = frozenset(["and", "or", "at", "in", "on", "from", "to", "till", "until", "through", "for",
    "with", "by", "during", "each", "every", "respectively", "of", "this", "next", "last", "the", "a", "an",
    "will", "would", "is", "are", "was", "were", "be", "has", "have", "had", "can", "may", "must", "should",
    "only", "as", "between"])


def _counts(text: str, listed: re.Match) -> bool:
    """Whether the number a list tail read is a count of what follows it rather than a day."""
    if listed.end(2) != listed.end():
        return False  # "and 30th": a day
    after = _WORD_AFTER.match(text, listed.end())
    return bool(after and not text[listed.end():after.start(1)].strip() and after.group(1).islower()
                and after.group(1) not in _AFTER_LISTED_DAY)


# ---------------------------------------------------------------- pass 3: resolve


_FUTURE_GRACE = timedelta(days=7)  # "applications open from the 27th", written on the 28th, is still this month
_PAST_GRACE = timedelta(days=0)
_BARE_START_GRACE = timedelta(days=2)
_UNDER_WAY = re.compile(r"\b(?:is|are)\s+(?:also\s+|now\s+|already\s+)?(?:under\s*way|in\s+progress)\b")
_STRONG_FUTURE = re.compile(r"(?i)(?:(?:is|are|was|were|be|been|being)\s+)?(?:will|shall|'ll|plans?\s+to|planning\s+to|scheduled|going\s+to|slated|set\s+(?:to|for))")
_BE = re.compile(r"be\s")  # every FUTURE_PARTICIPLE holds it: "will be held", "can be made"


class _Sentence:
    """A sentence's bounds and its tense cues, found once however many dates it holds."""

    def __init__(self, text: str, lo: int, hi: int, near: tuple[int, int] | None = None):
        self.text, self.lo, self.hi = text, lo, hi
        # Cues are looked for near the dates only: a verb far from every date governs none of them.
        self.cue_lo, self.cue_hi = (max(lo, near[0] - 160), min(hi, near[1] + 160)) if near else (lo, hi)
        self._cues: list[tuple[int, int, str, str]] | None = None

    @property
    def cues(self) -> list[tuple[int, int, str, str]]:
        """(start, end, "future" | "past", word) for every cue that can govern a date of this sentence."""
        if self._cues is None:
            text, lo, hi = self.text, self.cue_lo, self.cue_hi
            cues = []
            if _BE.search(text, lo, hi):  # a quick look for the "be" of "will be held" spares most sentences the scan
                cues += [(m.start(), m.end(), "future", m.group()) for m in FUTURE_PARTICIPLE.finditer(text, lo, hi)]
            cues += [(m.start(), m.end(), "future", m.group()) for m in FUTURE_CUES.finditer(text, lo, hi)]
            if text.find("been", lo, hi) >= 0:  # "has been accepting applications since ...": begun already
                cues += [(m.start(), m.end(), "past", m.group()) for m in _BEGUN.finditer(text, lo, hi)]
            if text.find("lanned", lo, hi) >= 0:  # likewise for "planned to"
                cues += [(m.start(), m.end(), "future>", m.group()) for m in FUTURE_AFTER_CUES.finditer(text, lo, hi)]
            if text.find("to ", lo, hi) >= 0:
                cues += [(m.start(), m.end(), "future>", m.group()) for m in TO_DO_CUES.finditer(text, lo, hi)]
            ahead = [(a, b) for a, b, _, _ in cues]
            for m in _PAST_CANDIDATE.finditer(text, lo, hi):
                word = m.group().lower()
                if word in NOT_PAST or (m.start() > 0 and text[m.start() - 1] in "-‐(") or word.startswith("un") and word not in PAST_WORDS:
                    continue  # "pre-recorded", "scheduled", "unregistered hikers", "(extended to 19:00 ...)": not the past
                if m.group()[0].isupper() and text[lo:m.start()].strip(" \t\n\"'“‘([") and not m.group().isupper():
                    continue  # "the Sunhill Rose Festival", "Fallen Leaves Road": a name, not a verb
                if m.group().isupper() and _LOWER_WORD_AFTER.match(text, m.end()):
                    continue  # "with LED lights": an acronym in running text (a headline in capitals goes on in them)
                if any(a <= m.start() < b for a, b in ahead) or _AFTER_MODAL.search(text, max(lo, m.start() - 12), m.start()):
                    continue  # "will be held", "were planning to", "will set" are not the past
                if word.endswith("ed") and m.group()[0].isupper() and not text[lo:m.start()].strip(" \t\n\"'“‘([") \
                        and _NOUN_AFTER_ADJECTIVE.match(text, m.end()):
                    continue  # "Finished kimchi will be delivered ...", "Selected students will ...": an adjective
                if word.endswith("ed") and text.find("will", max(lo, m.start() - 90), m.start()) >= 0 \
                        and _WILL_BE_DONE_AND.search(text, max(lo, m.start() - 90), m.start()):
                    continue  # "will be packed in 10 kg boxes and delivered door to door from the 29th": still to come
                if word.endswith("ed") and _OWN_YEAR_AFTER.match(text, m.end()):
                    continue  # "a heritage site founded in 1398": a participle with a year of its own, no tense of the day
                if text.find(" ha", max(lo, m.start() - 6), m.start()) >= 0 \
                        and _PERFECT_IN_TIME_CLAUSE.search(text, max(lo, m.start() - 50), m.start()):
                    continue  # "on the 28th, after general voting has closed": a time clause's (or a who-clause's) perfect
                if _PRESENT_PASSIVE.search(text, max(lo, m.start() - 24), m.start()):
                    continue  # "applications are accepted", "is held", "will be temporarily closed": not the past
                if _DETERMINER_BEFORE.search(text, max(lo, m.start() - 16), m.start()) \
                        or _COUNT_BEFORE.search(text, max(lo, m.start() - 12), m.start()) and _PLURAL_NOUN_AFTER.match(text, m.end()):
                    continue  # "the city's integrated website", "a limited number", "2,000 potted flowers": no verb
                if text[max(lo, m.start() - 2):m.start()] == ", " and (_PREPOSITION_AFTER.match(text, m.end())
                                                                      or _HOURS_AFTER.match(text, m.end())):
                    continue  # "the tour, guided by a commentator, ...", "the club, made up of 24 pupils, ...", "..., held from 8 a.m.": a participle
                if word.endswith("ed") and _PLURAL_OBJECT_BEFORE.search(text, max(lo, m.start() - 60), m.start()) \
                        and _PREPOSITION_AFTER.match(text, m.end()):
                    continue  # "will hold orientations for the 2,850 seniors selected for the project": those chosen
                if word.endswith("ed") and _PLACE_AFTER.match(text, m.end()) \
                        and _PREPOSITION_OBJECT_BEFORE.search(text, max(lo, m.start() - 30), m.start()):
                    continue  # "write their wishes on paper provided on site": what the paper is, not the past
                if word.endswith("ed") and _OBJECT_VERB_BEFORE.search(text, max(lo, m.start() - 12), m.start()):
                    continue  # "volunteers will remove mud, wash soaked furniture ...": an adjective of the thing washed
                if word == "won" and re.search(r"(?:\d|billion|million|thousand)\s*$", text[max(0, m.start() - 12):m.start()]):
                    continue  # Korean currency, not the verb
                if word in PAST_AFTER_SUBJECT and not _SUBJECT_BEFORE.search(text, max(lo, m.start() - 16), m.start()):
                    continue  # "a live broadcast on the 10th": a noun (but "it broadcast ... on the 1st": the past)
                if word == "served" and _FIRST_COME_BEFORE.search(text, max(lo, m.start() - 20), m.start()):
                    continue  # "(first come, first served)": a rule of the registration, not the past
                cues.append((m.start(), m.end(), "past", m.group()))
            self._cues = sorted(cues)
        return self._cues


_PREPOSITION_AFTER = re.compile(r" (?:up )?(?:by|of|in|at|with|from|for|into|under) ")
# ("about 6,000 residents and tourists gathered": a count, "about", not a preposition that governs them)
_PLURAL_OBJECT_BEFORE = re.compile(r"\b(?:for|to|of|with|among|from|about(?!\s+[\d,]+\s))\s+(?:the\s+|all\s+)?(?:[\d,]+\s+)?(?:[a-z-]+\s+){0,2}"
                                   r"[a-z]+s\s+$")  # (a plural noun that a preposition governs, and the participle after it)
_HOURS_AFTER = re.compile(r"\s+(?:from|at|between)\s+\d{1,2}(?::\d\d)?\s*[ap]\.?m\b")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|our|this|these|those|\w+['’]s)\s+$", re.IGNORECASE)
_COUNT_BEFORE = re.compile(r"(?<![\d,.])(?!(?:19|20)\d\d\s)\d[\d,]*\s+$")
_PLURAL_NOUN_AFTER = re.compile(r"\s+(?:[a-z]+\s+){0,2}?[a-z]+s\b")
_SUBJECT_BEFORE = re.compile(r"\b(?:it|he|she)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_BEGUN = re.compile(r"\b(?:has|have)\s+been\s+[a-z]+ing\b")
_CUE_REACH = 200  # characters: a verb farther from a date than this does not govern it


_FIRST_PLANNED_BEFORE = re.compile(r"\b(?:originally|initially|previously|(?<=was\s)first|(?<=were\s)first)\s+(?:been\s+)?(?:scheduled|planned|set|slated|due)"
                                   r"\s+(?:to\s+\w+\s+)?(?:for|on)\s+(?:the\s+)?$", re.IGNORECASE)


def _tense(text: str, s: int, e: int, sentence: _Sentence, adjacent_only: bool = False) -> tuple[str | None, str]:
    """The tense governing the span s:e: the nearest cue before it in the sentence, else after it
    (with `adjacent_only`, only a cue standing by it)."""
    lo = sentence.lo
    if _SINCE_BEFORE.search(text, max(lo, s - 40), s):
        return "past", "since"
    if planned := _FIRST_PLANNED_BEFORE.search(text, max(lo, s - 48), s):
        # "The drill was originally scheduled for the 13th, but ...": a plan changed around the time of writing, for
        # a day to come or only just gone (never the strong future of "was scheduled for")
        return "future", planned.group().strip()
    if "ahead" in text[max(lo, s - 90):s] and _AHEAD_OF_NAMED.search(text, max(lo, s - 90), s):
        return "future", "ahead of"  # "has completed preparations ... ahead of the 20th presidential election on the 9th"
    cues = sentence.cues
    if ahead := _AHEAD_BEFORE.search(text, max(lo, s - 40), s):
        at = bisect.bisect_left(cues, (s,))
        near = [c for c in cues[max(0, at - 1):at + 1] if lo <= c[0] and c[3].lower() not in REPORTING_VERBS
                and (s < c[0] <= e + 60 and not _WHICH_JUST_BEFORE.search(text, max(lo, c[0] - 8), c[0])
                     or c[0] < s and (c[1] >= s - 30 or text[max(lo, c[0] - 4):c[0]].lower() == "had "))]
        # ("which opened on December 24, ... until the 20th": far; "had carried out ... until the 15th": the past; "Running
        # until July 27, the exhibition shows ... the ferry, which was replaced by a bridge in 1971": far after)
        # ("..., which began on May 1, continues until Oct. 31": still going on, so its end lies ahead)
        goes_on = _GOES_ON_BEFORE.search(text, max(lo, ahead.start() - 24), ahead.start())
        if goes_on or not (ahead.group(1).lower() in ("until", "till", "starting") and any(c[2] == "past" for c in near)):
            # ("The fair will open on the 25th", written on the 3rd: this month's, not the one a week ago)
            strong = _WILL_JUST_BEFORE.search(text, max(lo, ahead.start() - 16), ahead.start())
            return ("future!" if strong else "future"), ahead.group(1)  # not "until Thursday, they had not ...", "ran until the 25th": limits already past
    best: tuple[int, str, str, bool] | None = None
    first = bisect.bisect_left(cues, (s - _CUE_REACH,))
    for start, end, label, word in cues[first:bisect.bisect_right(cues, (e + _CUE_REACH,))]:
        if s <= start < e or adjacent_only and not _adjacent(text, start, end, s, e) or label == "future>" and start >= e:
            continue
        if label == "past" and word.lower() in REPORTING_VERBS and not _adjacent(text, start, end, s, e):
            continue  # "said" dates the report, not the happening, unless it stands by the date: "said Friday"
        if label == "past" and _WITH_NOUN_BEFORE.search(text, max(lo, start - 30), start):
            continue  # "..., with results announced on the 26th": a participle of what is to come, no past
        if label == "past" and _REPEATS_AFTER.match(text, end) and word.lower().endswith(("ed", "held")) \
                and _NOUN_JUST_BEFORE.search(text, max(lo, start - 20), start):
            continue  # "a concert series held every Friday evening ... from the 22nd to Nov. 12": a schedule, no past
        if label == "past" and end <= s and "," in text[end:s] and _WHO_BEFORE.search(text, max(lo, start - 16), start):
            continue  # "for seniors who have finished the exam, at the hall on the 30th": the clause tells of people
        if label == "past" and end <= s and s - end > _PARTICIPLE_REACH and _NOUN_JUST_BEFORE.search(text, max(lo, start - 20), start) \
                and any(lab.startswith("future") and b <= start and not _CLAUSE_MARK.search(text, b, start)
                        for a, b, lab, _ in cues if lo <= a):
            # "will give away compost made from food waste collected in the district free of charge from the 22nd": a
            # participle of what the future verb governs, not the tense of its days
            continue
        if end <= s:
            dist = s - end
        else:  # a verb right after the date ("the court Thursday refused") governs it as closely as one before
            dist = start - e if _adjacent(text, start, end, s, e) else (start - e) + 10_000
        if best is None or dist < best[0]:
            best = (dist, label.rstrip(">"), word, _STANDS_BY.fullmatch(text, end, s) is not None
                    and _PERFECT_BEFORE.search(text, max(lo, start - 12), start) is None)
    if best is None:
        return None, ""
    if best[1] == "future" and _STRONG_FUTURE.match(best[2]):
        return "future!", best[2]
    if best[1] == "past" and best[3]:  # "the quarter ended Oct. 31": the verb dates it, however far back
        return "past!", best[2]
    return best[1], best[2]


# a verb whose object an "-ed" word describes: "wash soaked furniture", "sell used books", "collect discarded bottles"
_OBJECT_VERB_BEFORE = re.compile(r"\b(?:wash|sell|collect|buy|donate|repair|remove|clean|sort|deliver|share|exchange|dry|replace)\s+$")
_WITH_NOUN_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?(?:[a-z]+\s+){1,2}$")
_PARTICIPLE_REACH = 25  # characters: a participle right by a day dates it ("residents selected on the 3rd")
_REPEATS_AFTER = re.compile(r"\s+(?:every|each|twice|once|weekly|daily|monthly)\b", re.IGNORECASE)
_NOUN_JUST_BEFORE = re.compile(r"\b(?!(?:was|were|is|are|be|been|being|has|have|had|who|which|that|and|or|but|it|they|we|he|she|"
                               r"also|then|already|just|not|never|recently)\b)[a-z]{3,}\s+$")
_CLAUSE_MARK = re.compile(r"[,;]|\b(?:which|who|that|and|but)\b")
_WHICH_JUST_BEFORE = re.compile(r"\b(?:which|who)\s+$")  # (a clause about something else: "the ferry, which was replaced")
# what is going on now: "volunteers are delivering carnations to seniors on the 6th and 7th"
_GOING_ON_BEFORE = re.compile(r"\b(?:is|are)\s+(?:now\s+|currently\s+)?(?!(?:going|planning|preparing|expecting|hoping)\b)[a-z]{3,}ing\b"
                              r"(?:(?!\b(?:will|would)\b)[^.;])*$")
# "ended Oct. 31", "was closed on December 2"; not "extended to Nov. 20" or "has set Nov. 10", which look ahead
_STANDS_BY = re.compile(r"\s+(?:on\s+)?", re.IGNORECASE)
_WHO_BEFORE = re.compile(r"\b(?:who|which)\s+(?:have\s+|has\s+|had\s+)?(?:been\s+)?$")
_PERFECT_BEFORE = re.compile(r"\b(?:has|have)\s+$", re.IGNORECASE)
_COUNTED_AFTER = re.compile(r"\s*(?:%|percent|per\s*cent|people|persons|members|households|units|won|KRW|dollars|"
                            r"times|years?\s+old)\b", re.IGNORECASE)
_GOES_ON_BEFORE = re.compile(r"\b(?:continues|runs|lasts|remains\s+open|stays\s+open|goes\s+on)\s+(?:through\s+)?$")
_AHEAD_BEFORE = re.compile(r"(?<!\bup\s)(?<!\bnot\s)\b(effective|as\s+soon\s+as|no\s+later\s+than|until|till|"
                           r"(?<=[,.]\s)starting|(?<=that\s)starting|"
                           # "was postponed to the 10th": the new day lies ahead, however past the postponing
                           r"(?:postponed|moved|pushed\s+back|rescheduled|delayed|put\s+off)\s+(?:(?:it|them)\s+)?"
                           r"(?:(?:by\s+)?(?:a|one|two|three|\d)\s+(?:weeks?|days?)\s+)?(?:to|until|for)|"
                           # "Applications opened on the 6th and close on the 22nd": a present verb by its day
                           r"(?:closes?|ends?|opens?|starts?|begins?)\s+on|"
                           # "Pre-registration opened on the 17th and stays open through the 25th"
                           r"(?:stays?|remains?)\s+open\s+through|(?:runs|continues)\s+through)\s+"
                           r"(?:on\s+)?(?:the\s+)?$", re.IGNORECASE)
_AHEAD_OF_NAMED = re.compile(r"\bahead\s+of\s+(?:the\s+|this\s+)?(?:[\w'’-]+\s+){1,6}?on\s+(?:the\s+)?$", re.IGNORECASE)
_WILL_JUST_BEFORE = re.compile(r"\b(?:will|shall)\s+(?:\w+ly\s+)?$")
_SINCE_BEFORE = re.compile(r"\b(?:since|ago|last)\s+(?:shortly\s+(?:after|before)\s+)?(?:the\s+)?$", re.IGNORECASE)


def _adjacent(text: str, cue_start: int, cue_end: int, s: int, e: int) -> bool:
    lo, hi = (cue_end, s) if cue_end <= s else (e, cue_start)
    if hi - lo > 40:  # more than two words apart in any text
        return False
    between = text[lo:hi]
    return len(between.split()) <= 2 and not re.search(r"[,;.]|\b(?:and|but|or)\b", between)


def _month_add(y: int, m: int, k: int) -> tuple[int, int]:
    y2, m2 = divmod(y * 12 + m - 1 + k, 12)
    return y2, m2 + 1


def _last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


_TENSE_REACH = 300  # days: tense may move a date to another year only within half a year of the anchor
_ADJACENT_TENSE_REACH = 366  # a year, when the verb stands by the date ("was closed on December 2")


def _pick(cands: list[tuple[date, date, object]], anchor: date, tense: str | None):
    """The occurrence the text means: the nearest to the anchor, unless the tense points to another
    one that is not much farther ("was held on the 30th", written on the 28th, is last month's)."""
    def distance(c: tuple[date, date, object]) -> int:
        if c[0] <= anchor <= c[1]:
            return 0
        return min(abs((c[0] - anchor).days), abs((c[1] - anchor).days))

    nearest = min(reversed(cands), key=distance)
    if tense == "future!":  # "will hold on the 3rd": from the publication date on
        ok = [c for c in cands if c[1] >= anchor]
    elif tense == "future":  # "applications can be made from the 27th": may have begun a few days ago
        # (but a span told as coming has not ended yet: "The camp runs from the 25th to the 29th", written on the 6th)
        ok = [c for c in cands if c[1] >= (anchor if c[1] > c[0] else anchor - _FUTURE_GRACE)]
    elif tense in ("past", "past!"):
        ok = [c for c in cands if c[0] <= anchor + _PAST_GRACE][::-1]
    else:
        return nearest
    if ok and distance(ok[0]) <= (_TENSE_REACH if tense != "past!" else _ADJACENT_TENSE_REACH):
        return ok[0]
    return nearest


@dataclass(frozen=True)
class _Point:
    lo: date
    hi: date


def _bounds(p: Piece, year: int, month: int | None) -> _Point | None:
    """The first and last day a piece stands for, given the year and month to read it in."""
    if p.fixed is not None:
        return _Point(p.fixed, p.fixed_end or p.fixed)
    if p.grain == "year":
        return _Point(date(year, 1, 1), date(year, 12, 31))
    if p.week_of_month is not None and month is not None:  # the month's days 1-7, 8-14, ... or its last seven
        last = _last_day(year, month)
        if p.weekday is not None:  # that weekday of the week: "the last Saturday of November"
            first_of = 1 + (p.weekday - date(year, month, 1).weekday()) % 7
            day = last - (date(year, month, last).weekday() - p.weekday) % 7 if p.week_of_month < 0 \
                else first_of + 7 * (p.week_of_month - 1)
            return _Point(date(year, month, day), date(year, month, day) + timedelta(days=p.days - 1)) if day <= last else None
        first = last - 6 if p.week_of_month < 0 else 7 * (p.week_of_month - 1) + 1
        return _Point(date(year, month, first), date(year, month, min(first + 6, last)))
    if p.day is None:
        m = month or 1
        if p.month_offset and p.grain == "month":  # a span of months: half year, quarter, season
            ey, em = _month_add(year, 1, p.month_offset - 1)
            return _Point(date(year, m, 1), date(ey, em, _last_day(ey, em)))
        return _Point(date(year, m, 1), date(year, m, _last_day(year, m)))
    if month is None or p.day > _last_day(year, month):
        return None
    return _Point(date(year, month, p.day), date(year, month, p.day))


def _resolve(x: Expr, text: str, anchor: date, sentence: _Sentence, floor: date | None = None,
             floor_named: bool = False) -> Mention | None:
    """Read x against the anchor; `floor` is the day read just before it in its sentence, if any (and
    `floor_named` when the text named its month)."""
    a, b = x.first, x.last
    if a.grain in ("repeat",):
        return _resolve_repeat(x, text, anchor, sentence)
    if a.grain == "weekday":
        return _resolve_weekday(x, text, anchor, sentence)
    if a.grain == "reference" or (b and b.grain == "reference"):
        return None  # told from another date: find_mentions reads it against the one it knows
    if a.is_time and b is None:
        return Mention(x.start, x.end, text[x.start:x.end], x.clock, x.clock_end, "time", ("hour", "minute"),
                       ("day", "month", "year"), "clock time", "the day is not in the text")
    # the tense is read for the span as written, before a year tail joins it (and without hours told far after it:
    # "For a week from the 21st, the district will also hold ..., from 10 a.m. to 5 p.m.")
    span = x.start, (x.last or x.first).end if x.first.end > x.start else x.end
    # What the text fixed: the most specific of the two ends decides what the anchor must supply.
    ends = [p for p in (a, b) if p is not None]
    fixed_year = next((p.year for p in ends if p.year is not None), None)
    fixed_month = next((p.month for p in ends if p.month is not None), None)
    for p in ends:
        if p.year_offset is not None:
            fixed_year = anchor.year + p.year_offset
    tail_year = _YEAR_TAIL.match(text, x.end)
    if tail_year and fixed_year is None:
        step = {"this": 0, "next": 1, "last": -1, "the following": 1, "the previous": -1, "the same": 0}
        fixed_year = anchor.year + step[" ".join(tail_year.group(1).lower().split())]
        x.end = tail_year.end()
        if b is not None and a.month and b.month and a.month > b.month:
            # "from December 1 to February 28 next year": the year belongs to the end; the start is the year before
            a, b = replace(a, year=fixed_year - 1), replace(b, year=fixed_year)
            ends = [a, b]
        elif b is not None and a.month is None and b.month is not None:
            b = replace(b, year=fixed_year)  # "from the 24th to February 13 next year": a bare start is read below
            ends = [a, b]
    if b is not None and b.year is not None and a.year is None and a.month and b.month and a.month > b.month:
        a = replace(a, year=b.year - 1)  # "Sept. 22~Apr. 30, 2026": the year written belongs to the end
        ends = [a, b]
    known = _known(ends, x)
    if all(p.fixed is not None for p in ends):
        lo_pt, hi_pt = _bounds(a, 0, None), _bounds(b, 0, None) if b else None
        return _finish(x, text, lo_pt, hi_pt, known, (), a.rule, "relative to the publication date", anchor)
    cands = []
    if fixed_year is not None and (fixed_month is not None or all(p.day is None for p in ends)):
        shifts = [(fixed_year, fixed_month)]
        implied: tuple[str, ...] = ()
        reason = ""
    elif fixed_month is not None or all(p.day is None for p in ends):
        shifts = [(anchor.year + k, fixed_month) for k in (-1, 0, 1)]
        implied = ("year",)
        reason = f"year from the publication date ({anchor.isoformat()})"
    else:
        shifts = [_month_add(anchor.year if fixed_year is None else fixed_year, anchor.month, k) for k in (-1, 0, 1)]
        implied = ("month", "year") if fixed_year is None else ("month",)
        reason = f"{' and '.join(implied)} from the publication date ({anchor.isoformat()})"
    if b is not None and a.day is not None and a.month is None and a.year is None and a.fixed is None \
            and b.month is not None and b.rule in ("month-day", "month-day with year", "part of a month", "end of a year", "month"):
        # ("from the 29th through November": the 29th of this month, to the end of November)
        return _resolve_bare_start(x, a, b, text, anchor, sentence, span, known)
    for y, m in shifts:
        pair = _place(a, b, y, m)
        if pair:
            cands.append((pair[0].lo, (pair[1] or pair[0]).hi, pair))
    if not cands:
        return None
    if x.weekday is not None and implied and (agree := [c for c in cands if c[0].weekday() == x.weekday]):
        cands = agree  # "the 19th (Fri)", "from the 8th (Fri) to the 10th": the month in which the 19th is a Friday
        reason += f"; the one on a {calendar.day_name[x.weekday]}, as the text says"
    # The tense only chooses between occurrences: a date the text fixed needs none (nor its cues).
    tense, cue = _tense(text, *span, sentence) if len(cands) > 1 else (None, "")
    # (a month the text names is not pushed a year on: "payable Jan. 2 to stock of record Dec. 15")
    # (a coming day after a named one is not before it either: "begins on October 6, followed by ... on the 13th")
    # (but not what is going on now: "ahead of Parents' Day on the 8th, volunteers are delivering carnations on the 6th
    # and 7th", written on the 6th)
    if (tense is None or tense == "future" and floor_named) and floor is not None and "month" in implied \
            and not _GOING_ON_BEFORE.search(text, max(sentence.lo, x.start - 120), x.start) \
            and (later := [c for c in cands if c[1] >= floor]):
        cands = later  # "open on the 1st and close on the 15th": told in order, the second is not before the first
    limit = _OPEN_START_BEFORE.search(text, max(0, x.start - 30), x.start) if b is None else None
    if limit and tense in (None, "future"):  # "runs until the 21st", "submit by the 21st": an end still ahead
        tense, cue = "future!", cue or limit.group().split()[0]
    if len(cands) > 1:
        chosen = _pick(cands, anchor, tense)
        if tense:
            reason += f"; {'past' if tense.startswith('past') else 'coming'}, because '{cue}'"
            tense = tense.rstrip("!")
        else:
            reason += "; the nearest to the publication date"
    else:
        chosen = cands[0]
    lo_pt, hi_pt = chosen[2]
    if hi_pt is not None and b is not None and b.month is None and b.day is not None and hi_pt.hi < anchor \
            and _CONTINUES_TO.fullmatch(text, a.end, b.start):
        # "which opened on Oct. 8 and runs until the 17th", written in November: still running, so the 17th to come
        y, m = _month_add(anchor.year, anchor.month, 1) if b.day < anchor.day else (anchor.year, anchor.month)
        if later_end := _bounds(b, y, m):
            hi_pt, reason = later_end, reason + "; the end is still to come, because it 'runs until' it"
    return _finish(x, text, lo_pt, hi_pt, known, implied, (b and "range of " or "") + a.rule, reason, anchor)


def _resolve_bare_start(x: Expr, a: Piece, b: Piece, text: str, anchor: date, sentence: _Sentence,
                        span: tuple[int, int], known) -> Mention | None:
    """"from the 25th to February 13", "from the 9th until the end of August": the bare day is read as it
    would be alone, in the publication month or a neighbour, by the tense; the named end then follows it."""
    cands = []
    for k in (-1, 0, 1):
        sy, sm = _month_add(anchor.year, anchor.month, k)
        s = _bounds(a, sy, sm)
        for ey in ((b.year,) if b.year else (sy, sy + 1)) if s else ():
            e = _bounds(b, ey, b.month)
            # (a season told with its year, "from the 29th to Apr. 30, 2026", may run longer than half a year)
            if e and s.lo <= e.hi and (e.hi - s.lo).days <= (366 if b.year else 183):
                cands.append((s, e))
                break
    if not cands:
        return None
    tense, cue = _tense(text, *span, sentence) if len(cands) > 1 else (None, "")
    if tense is None and len(cands) > 1 and _UNDER_WAY.search(text, sentence.lo, x.start):
        tense, cue = "past", "under way"  # "A campaign is also under way ... from the 1st to May 31": begun already
    # (a start a week back would make "will hold ... from the 27th to April 24", written on March 6, begin in
    # February: a range told as coming starts at most a day or two before the article)
    # (and a span begins before it ends: "from the 20th to December 20", written on November 23, is November's 20th;
    # a span told with its length lasts that long: "during the five-day Chuseok holiday from the 28th to October 2")
    cands = [c for c in cands if c[0].lo < c[1].hi] or cands
    if (length := _N_DAY.search(text, max(0, x.start - 60), x.start)) and (n := number_of(length.group(1))):
        cands = [c for c in cands if (c[1].hi - c[0].lo).days + 1 == n] or cands
    if tense and tense.startswith("future") and (ahead := [c for c in cands if c[0].lo >= anchor - _BARE_START_GRACE]):
        s, e = ahead[0]
    elif tense and tense.startswith("past") and (behind := [c for c in cands if c[0].lo <= anchor]):
        s, e = behind[-1]
    else:
        s, e = min(cands, key=lambda c: abs((c[0].lo - anchor).days))
    implied = ("year",) if b.year is None else ()  # (as when the named end places it: the start's month follows)
    reason = f"year from the publication date ({anchor.isoformat()})" if implied else ""
    if tense:
        reason += f"; {'past' if tense.startswith('past') else 'coming'}, because '{cue}'"
    else:
        reason += "; the nearest to the publication date"
    return _finish(x, text, s, e, known, implied, "range of " + a.rule, reason, anchor)


def _place(a: Piece, b: Piece | None, year: int, month: int | None) -> tuple[_Point, _Point | None] | None:
    """Read both ends of an expression in the given year and month; the later end never precedes the earlier."""
    if b is None:
        pt = _bounds(a, a.year or year, a.month or month)
        return (pt, None) if pt else None
    # The more specific end takes the shift; the other end is placed next to it.
    if b.month is not None and a.month is None and a.fixed is None:
        e = _bounds(b, b.year or year, b.month)
        if not e:
            return None
        sy, sm = e.lo.year, e.lo.month
        if a.day is not None and a.day > (e.lo.day if b.day is not None else e.hi.day):  # ("... to the end of March")
            sy, sm = _month_add(sy, sm, -1)
        s = _bounds(a, a.year or sy, sm)
        return (s, e) if s else None
    s = _bounds(a, a.year or year, a.month or month)
    if not s:
        return None
    ey, em = (b.year or s.lo.year), (b.month or s.lo.month)
    e = _bounds(b, ey, em if (b.day is not None or b.month is not None) else None)
    if e is None and b.day is not None and b.month is None:
        return None
    if e and e.hi < s.lo:
        if b.month is None and b.day is not None:
            ey, em = _month_add(ey, em, 1)
            e = _bounds(b, ey, em)
        elif b.year is None:
            e = _bounds(b, ey + 1, em)
    return (s, e) if e else None


def _known(ends: list[Piece], x: Expr) -> tuple[str, ...]:
    names = []
    if any(p.year is not None and p.rule not in ("this month", "next month", "last month") for p in ends):
        names.append("year")
    if any(p.month is not None for p in ends):
        names.append("month")
    if any(p.day is not None for p in ends):
        names.append("day")
    if any(p.fixed is not None for p in ends):
        names.append("relative")
    if x.weekday is not None:
        names.append("weekday")
    if x.clock is not None:
        names.append("hour")
    return tuple(names)


_LATER_PART = re.compile(r"(?i)\b(?:tonight|this\s+(?:afternoon|evening))\b")
_MERIDIEM = re.compile(r"(?i)\b[ap]\.?\s?m\b|\d\s*[ap]m\b")
_END_WORD = re.compile(r"\bend\b", re.IGNORECASE)


def _finish(x: Expr, text: str, lo: _Point, hi: _Point | None, known, implied, rule, reason, anchor: date) -> Mention:
    if hi is not None and hi.hi < lo.lo:
        hi = None  # an end before the start is no range: keep the start
    grain = x.first.grain if x.first.grain in ("month", "year", "week", "daypart", "approximate") else "day"
    if hi is not None and grain == "day" and x.last and x.last.grain in ("month", "year") \
            and not (x.last.rule in ("part of a month", "end of a year") and _END_WORD.search(text, x.last.start, x.last.end)) \
            and not (x.first.rule == "bare day" and x.last.rule == "month"):
        grain = x.last.grain  # (but "from the 16th until the end of the month" and "from the 29th through November" run
        # from one day to another)
    start: date | datetime = lo.lo
    end: date | datetime | None = None
    if hi is not None:
        end = hi.hi
    elif grain == "week" or (grain == "month" and lo.hi.month != lo.lo.month) or lo.hi != lo.lo and grain == "day":
        end = lo.hi
    if x.first.rule.startswith("week of") and hi is None:  # "the week of November 8": Monday to Sunday
        monday = lo.lo - timedelta(days=lo.lo.weekday())
        lo, hi, grain = _Point(monday, monday), _Point(monday + timedelta(days=6), monday + timedelta(days=6)), "week"
        start, end = monday, hi.hi
    if x.weekday is not None and grain == "day" and lo.lo.weekday() != x.weekday:
        reason += f"; the text says {calendar.day_name[x.weekday]}, but {lo.lo.isoformat()} is a {calendar.day_name[lo.lo.weekday()]}"
    if x.clock is None and x.clock_end is not None and grain in ("day", "daypart") and hi is None:
        # only the end's hour is known: the day, until that hour (of the following day, if the text says so)
        end = datetime.combine(lo.lo + timedelta(days=x.end_day_offset), x.clock_end)
    if x.clock is not None and grain in ("day", "daypart"):
        days_told = lo.hi if grain == "day" else lo.lo  # ("9:00~13:00 on the same days": those hours on each of them)
        clock = x.clock
        if grain == "daypart" and clock.hour < 12 and _LATER_PART.search(text, x.start, x.end) \
                and not _MERIDIEM.search(text, x.start, x.end):
            clock = clock.replace(hour=clock.hour + 12)  # "at 7:30 tonight": in the evening
        grain = "time"
        start = datetime.combine(lo.lo + timedelta(days=1 if x.midnight else 0), clock)
        if x.clock_end is not None:
            last_day = (hi.hi if hi else days_told) + timedelta(days=x.end_day_offset)
            end = datetime.combine(last_day, x.clock_end)
            if end <= start and hi is None:
                end += timedelta(days=1)
            if clock == x.clock_end == time(0) and hi is not None and end - start >= timedelta(days=1):
                grain, start, end = "day", start.date(), (end - timedelta(days=1)).date()  # "from 0:00 on Oct. 5 to
                # 24:00 on Oct. 8": whole days
        elif hi is not None:
            end = hi.hi
    open_start, open_end = False, False
    before = text[max(0, x.start - 30):x.start]
    if hi is None and grain in ("day", "time") and x.clock_end is None:
        if _OPEN_START_BEFORE.search(before) and not _MOVED_TO_AFTER_ASIDE.search(text, max(0, x.start - 160), x.start):
            open_start = True
        elif _OPEN_END_BEFORE.search(before):
            open_end = True
    # "for three days from the 10th", "from the 10th for three days": the span the text counts out
    days = _DURATION_BEFORE.search(text, max(0, x.start - 50), x.start) if hi is None and grain in ("day", "time") else None
    if days and _TIMES_A_WEEK.search(text, max(0, x.start - 80), x.start):
        days = None  # "twice a week for eight weeks starting on the 10th": sessions on days not told, from the 10th
    after = _DURATION_AFTER.match(text, x.end) if hi is None and grain == "day" and not days else None
    if after and _UNTIL_NEXT.match(text, after.end()):
        after = None  # "from the 4th for two weeks until the 15th": the end the text gives
    # ("The fair will open on the 25th at the plaza of the library and run for three days": its clause's count)
    runs = _RUNS_FOR_AFTER.match(text, x.end) if hi is None and grain == "day" and not days and not after else None
    recurrence = None
    if grain == "time":  # "For a week from the 21st, ... from 10 a.m. to 5 p.m.": those hours on each day
        if days and (n := number_of(days.group(1))) and days.group(2).lower().startswith(("day", "week")):
            recurrence = f"FREQ=DAILY;COUNT={n * (7 if days.group(2).lower().startswith('week') else 1)}"
    elif (dur := days or after or runs) and (n := number_of(dur.group(1))) and (last := _duration_end(lo.lo, n, dur.group(2).lower())):
        end, open_end = last, False
        if after:
            x.end = after.end()
        if dur.group(2).lower().startswith("week") and _ONCE_A_WEEK.search(text, max(0, x.start - 80), x.start):
            # "held once a week for 10 weeks from the 24th": ten sessions, on the weekday of the first
            end, recurrence = None, f"FREQ=WEEKLY;COUNT={n}"
    # "for a week until the 11th": the days counted back from the end
    if open_start and grain == "day" and (dur := _DURATION_UNTIL.search(before)) and (n := number_of(dur.group(1))) \
            and not _FROM_BEFORE_DURATION.search(text, max(0, x.start - 60), x.start - len(before) + dur.start()):
        span = n * (7 if dur.group(2).lower().startswith("week") else 1)
        if 1 < span <= 92:
            start, end, open_start = lo.lo - timedelta(days=span - 1), lo.lo, False
    # An open start ("until the 21st") keeps its one date as `start`, flagged, so that it stays a claim of that day.
    return Mention(
        start_offset=x.start, end_offset=x.end, text=text[x.start:x.end], start=start, end=end, grain=grain,
        known=known, implied=implied, rule=rule, reason=reason.lstrip("; "), open_end=open_end,
        open_start=open_start, recurrence=recurrence,
    )


_UNTIL_NEXT = re.compile(r"\s*,?\s*(?:until|till|through)\s", re.IGNORECASE)
_FROM_BEFORE_DURATION = re.compile(r"\bfrom\s+(?:the\s+)?\S+\s*$", re.IGNORECASE)  # ("from the 4th for two weeks until ...")
_TIMES_A_WEEK = re.compile(r"\b(?:twice|three\s+times|four\s+times|\d\s+times)\s+a\s+week\b", re.IGNORECASE)
_ONCE_A_WEEK = re.compile(r"\b(?:once\s+a\s+week|once\s+weekly|every\s+week)\b", re.IGNORECASE)
_DURATION_BEFORE = re.compile(r"\b(?:for|over)\s+(\d+|[a-z]+)\s+(days?|weeks?|months?)\s*,?\s+(?:from|starting(?:\s+on)?|beginning(?:\s+on)?)\s+(?:the\s+)?$", re.IGNORECASE)
_DURATION_UNTIL = re.compile(r"\bfor\s+(\d+|[a-z]+)\s+(days?|weeks?)\s+(?:until|till|through)\s+$", re.IGNORECASE)
_RUNS_FOR_AFTER = re.compile(r"[^.;,\d]{0,80}?\s+and\s+(?:will\s+)?(?:run|continue|last)\s+(?:it\s+|them\s+)?for\s+(\d+|[a-z]+)\s+(days?)\b",
                             re.IGNORECASE)
_DURATION_AFTER = re.compile(r"\s+for\s+(\d+|[a-z]+)\s+(days?|weeks?|months?)\b", re.IGNORECASE)


def _duration_end(first: date, n: int, unit: str) -> date | None:
    """The last day of "for n days/weeks/months" from `first`; None for one day or more than three months."""
    if unit.startswith("month"):
        y, m = _month_add(first.year, first.month, n)
        last = date(y, m, min(first.day, _last_day(y, m))) - timedelta(days=1)
    else:
        last = first + timedelta(days=n * (7 if unit.startswith("week") else 1) - 1)
    return last if 1 <= (last - first).days <= 92 else None



_POSSESSIVE = re.compile(r"['’]s\b")


_WEEK_TOLD = re.compile(r"\s*,?\s*(?:of\s+)?(this|next|last)\s+week\b(?!['’]s)", re.IGNORECASE)


def _resolve_weekday(x: Expr, text: str, anchor: date, sentence: _Sentence) -> Mention | None:
    wd = x.first.weekday
    # "would look for ways around Wednesday's ruling": the weekday names a happening, not the clause's time
    possessive = _POSSESSIVE.match(text, x.end) is not None
    tense, cue = _tense(text, x.start, x.end, sentence, adjacent_only=possessive)
    if tense == "past!":  # a weekday is never more than a week away, however strong the tense
        tense = "past"
    limit = re.search(r"(\b(?:up|not)\s+)?\b(?:until|till|as\s+soon\s+as|no\s+later\s+than|effective)\s+(?:\S+\s+){0,3}$",
                      text[max(0, x.start - 40):x.start], re.IGNORECASE)
    looks_back = tense == "past" and text.rfind(cue, sentence.lo, x.start) < 0  # "Until Thursday, they had ..."
    if limit and not limit.group(1) and not looks_back:  # "postponed until Saturday": a limit set now lies ahead
        tense, cue = "future", "until"
    delta = (wd - anchor.weekday()) % 7
    if (week := _WEEK_TOLD.match(text, x.end)) and x.first.rule == "weekday":
        # "at 7 p.m. on Thursday next week": that week's Thursday, whatever the tense
        shift = {"this": 0, "next": 1, "last": -1}[week.group(1).lower()]
        day = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=shift, days=wd)
        why = f"the {calendar.day_name[wd]} of {week.group(1).lower()} week"
        x.end = week.end()
    elif tense == "past":
        day = anchor - timedelta(days=(7 - delta) % 7)
        why = f"the last {calendar.day_name[wd]} on or before the publication date, because '{cue}'"
    elif tense and tense.startswith("future"):
        day = anchor + timedelta(days=delta)
        why = f"the coming {calendar.day_name[wd]}, because '{cue}'"
    else:  # news tells mostly what happened: without a tense, the last such day
        day = anchor - timedelta(days=(7 - delta) % 7)
        why = f"the last {calendar.day_name[wd]} on or before the publication date (no tense says otherwise)"
    x.weekday = None
    weekend = x.first.rule == "the weekend"
    if weekend:
        why = why.replace("Saturday", "weekend", 1)
    last = day + timedelta(days=1) if weekend else day
    if x.last is not None and x.last.grain == "weekday" and x.last.weekday is not None:
        last = day + timedelta(days=(x.last.weekday - wd) % 7)  # "from Friday through Sunday": to that week's Sunday
    pt = _Point(day, last)
    m = _finish(x, text, pt, None, ("weekday",), ("day", "month", "year"), "weekday", why, anchor)
    if weekend:
        return replace(m, grain="week", rule="the weekend")
    if x.first.month_offset == -1 and m.grain == "day":
        m = replace(m, grain="daypart")
    return m


def _resolve_repeat(x: Expr, text: str, anchor: date, sentence: _Sentence) -> Mention | None:
    if x.first.rrule is None and _CANNOT_BEFORE.search(text, max(sentence.lo, x.start - 40), x.start):
        return None  # "for residents who cannot visit on weekdays": when they can't, not when anything happens
    days = x.first.weekdays
    if x.first.rrule:
        rrule = x.first.rrule
    elif len(days) == 7:
        rrule = "FREQ=DAILY"
    else:
        rrule = "FREQ=WEEKLY;" + (f"INTERVAL={x.first.interval};" if x.first.interval > 1 else "")
        rrule += "BYDAY=" + ",".join(RRULE_DAYS[d] for d in sorted(days))
    following = _occurrences(rrule, anchor + timedelta(days=1), None)
    if not following:
        return None  # none left before the calendar ends (an anchor in year 9999)
    start, end = _on_clock(following[0], x)
    # No date bounds it (yet): a repetition, not a claim about one day.
    return Mention(x.start, x.end, text[x.start:x.end], start, end, "repeat", ("weekday",), ("day", "month", "year"),
                   x.first.rule, "a repetition; shown from its first occurrence after the publication date",
                   recurrence=rrule)


_CANNOT_BEFORE = re.compile(r"\b(?:cannot|can['’]t|can\s+not|unable\s+to|too\s+busy\s+to)\s+(?:\w+\s+){1,2}(?:on\s+)?$",
                            re.IGNORECASE)
_ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1}
_NTH_NUMBER = {**_ORDINAL_WORDS, "final": -1, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_NTH_WORD = re.compile(r"(?i)\b(?:first|second|third|fourth|last|final|[1-4](?:st|nd|rd|th))\b")


def _monthly_rule(tok: str) -> str:
    """"the last Friday of every month" → FREQ=MONTHLY;BYDAY=-1FR; "the 15th of every month" → BYMONTHDAY=15."""
    low = re.sub(r"\b([1-4])(?:st|nd|rd|th)\b", lambda m: ("first", "second", "third", "fourth")[int(m.group(1)) - 1], tok.lower())
    if day := re.search(r"(\d+)(?:st|nd|rd|th)", low):
        return f"FREQ=MONTHLY;BYMONTHDAY={int(day.group(1))}"
    weekday = WEEKDAYS[re.search(r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)", low).group(1)]
    nths = [_ORDINAL_WORDS[w] for w in re.findall(r"first|second|third|fourth|last", low)]
    return "FREQ=MONTHLY;BYDAY=" + ",".join(f"{n}{RRULE_DAYS[weekday]}" for n in nths)


def _on_clock(day: date, x: Expr) -> tuple[date | datetime, datetime | None]:
    if x.clock is None:  # only the end's hour may be known: "every Wednesday until 9 p.m."
        return day, datetime.combine(day, x.clock_end) if x.clock_end is not None else None
    start = datetime.combine(day, x.clock)
    end = datetime.combine(day, x.clock_end) if x.clock_end is not None else None
    if end is not None and end <= start:
        end += timedelta(days=1)
    return start, end


def _occurrences(rrule: str, lo: date, hi: date | None, limit: int = 1) -> list[date]:
    """Days of a repetition from `lo`: all of them up to `hi`, or the first `limit` when open."""
    if "INTERVAL=" in rrule and rrule.startswith("FREQ=WEEKLY"):
        # "every other Wednesday" from a Thursday: from the first Wednesday after it, not from the week after next
        # (which is where a rule counting weeks from the Thursday's own week would put it)
        lo = rrulestr(re.sub(r";?INTERVAL=\d+", "", rrule), dtstart=datetime.combine(lo, time()))[0].date()
    rule = rrulestr(rrule, dtstart=datetime.combine(lo, time()))
    if hi is not None:
        return [d.date() for d in rule.between(datetime.combine(lo, time()), datetime.combine(hi, time()), inc=True)]
    return [d.date() for d in islice(rule, limit)]


_SESSIONS_BEFORE = re.compile(r"(\d+|[a-z]+)\s+(lectures|sessions|classes|times|meetings)\s+(?:every|each|on)?\s*$", re.IGNORECASE)


def _off_its_days(rep: Mention, day: Mention) -> bool:
    """Whether a single day falls on none of a weekly repetition's weekdays: "hard to visit on weekdays, on the 19th
    (Sat) and 20th (Sun)" names the days it is not, then the days of the happening."""
    days = re.search(r"BYDAY=([A-Z,]+)", rep.recurrence or "")
    return day.grain == "day" and day.end is None and days is not None and (rep.recurrence or "").startswith("FREQ=WEEKLY") \
        and ("MO", "TU", "WE", "TH", "FR", "SA", "SU")[_day(day.start).weekday()] not in days.group(1).split(",")


def _month_told_after(mentions: list[Mention], m: Mention, text: str) -> None:
    """Bare days listed just before a day with its month ("the 16th and 18th of February") are of that month."""
    at = m.start_offset
    for i in range(len(mentions) - 1, -1, -1):
        x = mentions[i]
        if x.rule != "bare day" or x.end is not None or type(x.start) is not date or "month" not in x.implied \
                or not LIST_GAP.fullmatch(text, x.end_offset, at) or not _valid(m.start.year, m.start.month, x.start.day):
            return
        mentions[i] = replace(x, start=date(m.start.year, m.start.month, x.start.day), known=(*x.known, "month"),
                              implied=tuple(p for p in x.implied if p not in ("month", "year")),
                              reason=f"month told after the list ({m.text})")
        at = x.start_offset


def _bound_first_time(mentions: list[Mention], rep: Mention, bound: Mention, text: str) -> None:
    """"at 2 p.m. and 7 p.m. every Friday from the 4th to the 25th": the repetition at the first time (the mention
    before the last, which `bound` has just bounded) has those days too, and keeps its own words."""
    twin = mentions[-2] if len(mentions) > 1 else None
    if twin is not None and twin.grain == "repeat" and twin.recurrence == rep.recurrence \
            and _day(twin.start) == _day(rep.start) and _TWIN_TIME_GAP.fullmatch(text, twin.end_offset, rep.start_offset):
        bounded = _bound_repetition(twin, bound, text[rep.end_offset:bound.start_offset], text)
        mentions[-2] = replace(bounded, rule=mentions[-1].rule, end_offset=twin.end_offset, text=twin.text)


def _bound_repetition(rep: Mention, bound: Mention, gap: str, text: str) -> Mention:
    """A repetition and the dates that bound it: "every Saturday from November 6 to December 18" starts on the
    first Saturday on or after November 6 and repeats a counted number of times."""
    lo = _day(bound.start)
    hi = _day(bound.end) if bound.end is not None else None
    bounded_as = " within dates"
    if bound.grain == "time" and hi == lo:
        hi = None  # "from the 5th, 14:00~16:00": the hours of each, not the last day
    last = date(lo.year, lo.month, _last_day(lo.year, lo.month)) if bound.grain == "month" else lo
    if bound.grain in ("month", "day", "time") and hi is None and _day(rep.start) is not None and _day(rep.start) <= last \
            and _RUNS_UNTIL_MONTH_GAP.fullmatch(gap):
        # "every Saturday through December", "every weeknight ..., through February 28", "... and runs until the end
        # of the month" (written in it): from now to then
        lo, hi = _day(rep.start), last
        bounded_as = " until a date"  # (its start is the article's, unless the text told one before)
    elif bound.grain == "month" and hi is None and not bound.open_end and not re.search(r"(?i)from|starting|beginning", gap):
        hi = date(lo.year, lo.month, _last_day(lo.year, lo.month))  # "every Tuesday in November"
    elif bound.grain == "month" and hi is not None:
        hi = date(hi.year, hi.month, _last_day(hi.year, hi.month))
    rrule = rep.recurrence
    days = _occurrences(rrule, lo, hi, limit=1)
    if not days:
        return bound
    first = days[0]
    if hi is not None:
        rrule += f";COUNT={len(days)}"
    elif count := (re.search(r"(?i)for\s+(\w+)\s+(weeks|lectures|sessions|classes|times|meetings)", gap)
                   or _SESSIONS_BEFORE.search(text, max(0, rep.start_offset - 40), rep.start_offset)):  # "10 sessions every Thursday"
        n = number_of(count.group(1))
        if n:
            per_week = rrule.count(",") + 1 if "WEEKLY" in rrule else 1
            rrule += f";COUNT={n * per_week if count.group(2).lower() == 'weeks' else n}"
    timed = rep if isinstance(rep.start, datetime) or isinstance(rep.end, datetime) else bound  # "... from the 12th at 7 p.m."
    clock = timed.start.time() if isinstance(timed.start, datetime) else None
    clock_end = timed.end.time() if isinstance(timed.end, datetime) else None
    start: date | datetime = datetime.combine(first, clock) if clock else first
    end = None
    if clock_end is not None:
        end = datetime.combine(first, clock_end)
        if isinstance(start, datetime) and end <= start:
            end += timedelta(days=1)
    lo_off, hi_off = min(rep.start_offset, bound.start_offset), max(rep.end_offset, bound.end_offset)
    return Mention(lo_off, hi_off, text[lo_off:hi_off], start, end, "time" if clock else "day",
                   tuple(dict.fromkeys(rep.known + bound.known)), bound.implied, rep.rule + bounded_as,
                   bound.reason, recurrence=rrule)


# ---------------------------------------------------------------- the public reader


def sentence_bounds(text: str) -> list[int]:
    """Offsets at which sentences start (newlines always end one; "Nov." and "Mr." do not)."""
    starts = [0]
    for m in _SENTENCE_END.finditer(text):
        if "\n" not in m.group():
            word = _WORD_BEFORE_END.search(text[max(0, m.start() - 8):m.start() + 1])
            abbreviation = word.group(1).lower().rstrip(".") if word else ""
            if abbreviation in ("a.m", "p.m"):
                following = _WORD_AFTER_END.match(text[m.end():m.end() + 20])
                if following and (following.group(1).lower()[:3] in _DAY_OR_MONTH_WORDS
                                  or following.group(1).isupper() and len(following.group(1)) <= 4):  # "p.m. EST"
                    continue  # "at 7 p.m. Monday", "5 p.m. EST": one sentence; "at 7 p.m. Tickets ...": two
            elif abbreviation in _ABBREVIATIONS:
                continue
            if _WEEKDAY_TAG.match(text, m.end(), m.end() + 6):
                continue  # "2021. 11. 6. (Sat.)": a weekday tag, not a new sentence
            if _inside_quote(text[starts[-1]:m.end()]):
                continue  # "the slogan ‘Science! For All’" is one sentence
        starts.append(m.end())
    if any(mark in text for mark in FIELD_BULLETS):  # "▲ Date: Nov. 18 (Sat) 10:00~16:00 ▲ Place: ...": each field tells one thing
        starts = sorted({*starts, *(m.start() for m in _FIELD_MARK.finditer(text))})
    return starts


def _inside_quote(span: str) -> bool:
    if len(span) > 600:
        return False  # a quote never closed must not swallow the rest of the paragraph
    opened = span.count("‘")  # closing marks are counted only when one was opened: most spans have none
    if opened and opened > len(_CLOSING_SINGLE.findall(span)):
        return True
    if "'" in span and len(_OPENING_STRAIGHT.findall(span)) > len(_CLOSING_STRAIGHT.findall(span)):
        return True  # "'Code Up! Junior'": a name in straight quotes (an apostrophe, "district's", is neither)
    return span.count("“") > span.count("”")


def find_mentions(text: str, anchor: date, starts: list[int] | None = None) -> list[Mention]:
    """Every temporal expression of `text`, resolved against `anchor` (the publication date);
    `starts` are the text's sentence_bounds when the caller has them already."""
    if isinstance(anchor, datetime):
        anchor = anchor.date()
    pieces: list[Piece] = []
    for m in _scan(text):
        with contextlib.suppress(ValueError, OverflowError):  # a holiday or week beyond year 9999: no date
            pieces.extend(p for p in _parse(m, text, anchor) if _valid(p.year, p.month, p.day))
    pieces = _expand_tails(pieces, text)
    if starts is None:
        starts = sentence_bounds(text)
    story = _Story()
    planned_end: int | None = None  # where the last day told as first planned ends
    # (sentence number, span, sentences after it that it bounds, the repetitions it bounds) of "From X to Y, ...",
    # "..., running from X to Y." or "Until X, ..." (days over a season keep no daily hours: see events)
    lead_span: tuple[int, Mention, int, tuple[str, ...]] | None = None
    i = 0
    for sentence_no, (sent_lo, sent_hi) in enumerate(zip(starts, starts[1:] + [len(text)])):
        j = i
        while j < len(pieces) and pieces[j].start < sent_hi:
            j += 1
        chunk, i = pieces[i:j], j
        if not chunk:
            continue
        exprs = _share_listed_times(_attach_loose_times(_pair_until_from(_combine(chunk, text), text), text), text)
        paragraph = text.rfind("\n", 0, sent_lo) + 1
        sentence = _Sentence(text, sent_lo, sent_hi, (chunk[0].start, chunk[-1].end))
        for x in exprs:
            mentions = story.mentions
            if mentions and x.start < mentions[-1].end_offset and (x.start, x.end) != (
                    mentions[-1].start_offset, mentions[-1].end_offset):  # (a time shared by listed days is read for each)
                continue  # already read as part of the one before: "January next year"
            if x.first.grain == "weekday" and x.last is None and text[x.start] == "(":
                continue  # "(Mon)" confirms a date next to it; alone it names no day
            try:
                m = _read(x, text, anchor, sentence, story, paragraph)
            except (ValueError, OverflowError):  # read against an anchor at the calendar's edge: no such date
                continue
            if m is None or m.rule == "counted from a date" and _THAN.match(text, m.end_offset):
                continue  # ("registration closed a day earlier than scheduled": a comparison, no day)
            if m.end is not None and _day(m.end) and (changed := _CHANGED_FROM_BEFORE.search(text, max(sent_lo, m.start_offset - 24),
                                                                                           m.start_offset)):
                # "its operation has been extended from the end of this month to March 13", "had its payment deadline moved
                # from Sept. 30 to Oct. 4": the new end, or the new day, alone
                extended = changed.group(1).lower() in ("extended", "prolonged")
                m = replace(m, start=_day(m.end), end=None, grain="day", open_start=extended,
                            rule="until a date it was extended to" if extended else "a day it was moved to",
                            reason=f"{m.reason}; the {'end' if extended else 'day'} it was {changed.group(1).lower()} to")
            if m.end is None and m.grain == "day" and not m.open_start \
                    and _EXTENDED_TO_BEFORE.search(text, max(sent_lo, m.start_offset - 60), m.start_offset):
                # "will extend its season by one week to Feb. 9": the new end of what runs (not a day of its own)
                m = replace(m, open_start=True, rule="until a date it was extended to",
                            reason=f"{m.reason}; the end it was extended to")
            prev = story.latest(sent_lo)
            if prev is not None and m.rule == "day-month" and type(m.start) is date and m.end is None:
                _month_told_after(mentions, m, text)  # "the 16th and 18th of February": both in February
            if prev is not None and prev.grain == "repeat" and m.grain == "day" and mentions and mentions[-1] is prev \
                    and _COUNTED_BEFORE.search(text, max(0, prev.start_offset - 12), prev.start_offset) \
                    and _APPOSITION_GAP.fullmatch(text, prev.end_offset, m.start_offset):
                # "over two weekends, the 20th~21st and the 27th~28th": the weekends counted, then told; no repetition
                mentions.pop()
                prev = None
            if prev is not None and prev.grain == "repeat" and m.grain in ("day", "month", "time") \
                    and isinstance(m.start, date) and not _off_its_days(prev, m) and (_REPEAT_BOUND_GAP.fullmatch(text, prev.end_offset, m.start_offset) or (
                        m.grain == "month" and (prev.recurrence or "").startswith("FREQ=MONTHLY")
                        and _OF_GAP.fullmatch(text, prev.end_offset, m.start_offset)) or (
                        "COUNT" not in (prev.recurrence or "") and m.grain == "day"
                        and _REPEAT_PLACE_BOUND_GAP.fullmatch(text, prev.end_offset, m.start_offset))):
                # ("the 2nd and 4th Saturdays of September")
                mentions[-1] = _bound_repetition(prev, m, text[prev.end_offset:m.start_offset], text)
                _bound_first_time(mentions, prev, m, text)
                continue
            if prev is not None and prev.recurrence and prev.rule.endswith(" within dates") and type(prev.start) is datetime \
                    and type(m.start) is datetime and type(m.end) is datetime and m.start.date() <= prev.start.date() <= m.end.date() \
                    and _TIMES_LISTED.fullmatch(text, prev.end_offset, m.start_offset):
                # "every Tuesday and Thursday from the 24th to Nov. 30, from 9:00~11:30 and 13:30~16:00": the same days, later
                start, end = datetime.combine(prev.start.date(), m.start.time()), datetime.combine(prev.start.date(), m.end.time())
                mentions.append(replace(prev, start=start, end=end if end > start else end + timedelta(days=1),
                                        start_offset=m.start_offset, end_offset=m.end_offset, text=m.text))
                continue
            if prev is not None and prev.grain == "month" and m.grain == "repeat" and "COUNT" not in (m.recurrence or "") \
                    and isinstance(prev.start, date) and (_STARTING_MONTH.fullmatch(text, sent_lo, prev.start_offset) or (
                        _STARTING_JUST_BEFORE.search(text, max(sent_lo, prev.start_offset - 16), prev.start_offset)
                        and re.fullmatch(r"\s*,?\s*", text[prev.end_offset:m.start_offset]))):
                # "Starting next month, the city will hold a ‘Snow Safety Day’ on the last Friday of the month",
                # "will be opened starting in October every 2nd and 4th Saturday"
                mentions[-1] = _bound_repetition(m, prev, "starting", text)
                continue
            # (a repetition, or one bounded by its start only: "Classes begin Sept. 27 and meet every Tuesday until ...")
            if prev is not None and (prev.grain == "repeat" or prev.rule.endswith(" within dates")) \
                    and m.grain == "day" and m.end is None and isinstance(m.start, date) \
                    and isinstance(prev.start, date) and _day(prev.start) < m.start and (prev.recurrence == "FREQ=DAILY" or (
                        prev.recurrence or "").startswith("FREQ=WEEKLY") and "COUNT" not in prev.recurrence) \
                    and _REPEAT_UNTIL_GAP.fullmatch(text, prev.end_offset, m.start_offset):
                # "every day from 10 a.m. to 5 p.m. until February 12", "every Sunday until June 26": from its first
                # time after the article, to then (or from the day a field just before gave: "△Lighting ceremony: May 12
                # (Fri.) 7 p.m. ... △Lighting hours: 19:00~23:00 every day until June 4")
                opening = mentions[-2] if len(mentions) > 1 else None
                begins = _day(opening.start) if opening is not None and opening.end is None and _day(opening.start) \
                    and _day(prev.start) <= _day(opening.start) < m.start and prev.start_offset - opening.end_offset < 200 \
                    and _FIELD_BETWEEN.fullmatch(text, opening.end_offset, prev.start_offset) else _day(prev.start)
                bound = replace(m, start=begins, end=m.start)
                bounded = _bound_repetition(prev, bound, text[prev.end_offset:m.start_offset], text)
                mentions[-1] = replace(bounded, rule=prev.rule + " until a date")
                _bound_first_time(mentions, prev, bound, text)
                continue
            if prev is not None and prev.grain == "day" and prev.end is not None and m.grain == "repeat" \
                    and (m.recurrence or "").startswith("FREQ=WEEKLY") and "COUNT" not in m.recurrence \
                    and _DAYS_THEN_REPEAT_GAP.fullmatch(text, prev.end_offset, m.start_offset):
                # "from July 3 to August 25, on Tuesdays and Thursdays at 4 p.m."
                mentions[-1] = _bound_repetition(m, prev, text[prev.end_offset:m.start_offset], text)
                continue
            if prev is not None and prev.grain == "time" and type(prev.start) is datetime and type(prev.end) is datetime \
                    and prev.end.date() > prev.start.date() and prev.recurrence is None and m.grain == "repeat" \
                    and type(m.start) is date and m.end is None and m.recurrence == "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR" \
                    and _ON_WEEKDAYS_GAP.fullmatch(text, prev.end_offset, m.start_offset):
                # "from the 7th to the 18th, from 9 a.m. to 6 p.m. on weekdays": those hours on each weekday of those days
                hours = replace(m, start=datetime.combine(m.start, prev.start.time()),
                                end=datetime.combine(m.start, prev.end.time()))
                days = replace(prev, start=prev.start.date(), end=prev.end.date(), grain="day")
                bounded = _bound_repetition(hours, days, text[prev.end_offset:m.start_offset], text)
                mentions[-1] = replace(bounded, start_offset=prev.start_offset, text=text[prev.start_offset:m.end_offset])
                continue
            if prev is not None and prev.grain == "day" and prev.end is None and prev.recurrence is None \
                    and m.grain == "repeat" and (m.recurrence or "").startswith("FREQ=WEEKLY") and "COUNT" not in m.recurrence \
                    and _BEGINS_BEFORE.search(text, max(sent_lo, prev.start_offset - 30), prev.start_offset) \
                    and _THEN_REPEATS_GAP.fullmatch(text, prev.end_offset, m.start_offset):
                # "Classes begin Sept. 27 and meet every Tuesday and Thursday from 2 to 4 p.m. for eight weeks"
                # (the count, told after the repetition, is read with the gap)
                told = text[prev.end_offset:m.start_offset] + text[m.end_offset:m.end_offset + 40]
                mentions[-1] = _bound_repetition(m, prev, told, text)
                continue
            if prev is not None and prev.recurrence and "COUNT" in prev.recurrence and isinstance(prev.start, datetime) \
                    and m.grain == "day" and m.end is None and type(m.start) is date and m.start > prev.start.date() \
                    and _STARTING_AFTER_GAP.fullmatch(text, prev.end_offset, m.start_offset) \
                    and (later := _starting_on(prev, m.start)) is not None:
                # "every Tuesday and Thursday at 7 p.m. through Feb. 29, starting next Tuesday": from that day
                mentions[-1] = replace(later, end_offset=m.end_offset, text=text[prev.start_offset:m.end_offset])
                continue
            if prev is not None and prev.grain == "repeat" and isinstance(prev.start, datetime) and m.grain == "day" \
                    and m.end is None and type(m.start) is date and (
                        "COUNT" not in (prev.recurrence or "") and (gap := _BEGINNING_NIGHT_GAP.fullmatch(text, prev.end_offset, m.start_offset))
                        or "COUNT" not in (prev.recurrence or "") and prev.rule.endswith(" from a night")
                        and (gap := _WRAPS_UP_GAP.fullmatch(text, prev.end_offset, m.start_offset))) \
                    and (told := _nights_from_to(prev, m.start, gap)) is not None:
                # "every night from 10 p.m. to 6 a.m. the following morning, beginning the night of the 13th (Mon.) and
                # wrapping up on the morning of April 8 (Sat.)": from that night, to the night before that morning
                mentions[-1] = replace(told, end_offset=m.end_offset, text=text[prev.start_offset:m.end_offset])
                continue
            if prev is not None and prev.rule == "counted from a date" and m.grain == "day" \
                    and _RESTATED_GAP.fullmatch(text, prev.end_offset, m.start_offset):
                mentions.pop()  # "will be held a week later, on the 30th and 31st": the days told, not the count
            if prev is not None and prev.rule.startswith("holiday") and (prev.start, prev.end) == (m.start, m.end) \
                    and re.fullmatch(r"\s*\(\s*", text[prev.end_offset:m.start_offset]):
                continue  # "the Chuseok holidays (Sept. 20-22)": the same days, told twice
            if prev is not None and (prev.grain == "repeat" or prev.rule.endswith(" within dates")) \
                    and (prev.recurrence or "").startswith("FREQ=WEEKLY") and "COUNT" not in prev.recurrence \
                    and m.grain == "month" and isinstance(m.start, date) \
                    and _AND_RUNS_UNTIL.match(text, prev.end_offset, m.start_offset) \
                    and _RUNS_UNTIL_MONTH_GAP.fullmatch(text, prev.end_offset, m.start_offset):
                # "Monday through Friday, 9 a.m.-6 p.m., and runs until the end of the month" (a series whose start may
                # have been told before: then it keeps its name)
                bounded = _bound_repetition(prev, m, text[prev.end_offset:m.start_offset], text)
                mentions[-1] = bounded if prev.grain == "repeat" else replace(bounded, rule=prev.rule)
                continue
            ends = _end_on_the_day_of(prev, m)
            if ends is not None and (type(ends) is time or timedelta(0) < ends - prev.start <= timedelta(hours=24)) \
                    and _ENDS_AT_BEFORE.search(text, max(prev.end_offset, m.start_offset - 60), m.start_offset) \
                    and not _NEW_CLAUSE.search(text, prev.end_offset, m.start_offset):
                # "The ceremony begins at 11 p.m. on the 31st ... and is expected to wrap up at around 12:30 a.m. the
                # following day": one happening, to then
                mentions[-1] = replace(prev, end=ends, end_offset=m.end_offset, text=text[prev.start_offset:m.end_offset],
                                       known=tuple(dict.fromkeys(prev.known + m.known)))
                continue
            if prev is not None and prev.grain == "repeat" and isinstance(prev.end, datetime) and m.grain == "time" \
                    and m.end is not None and _AND_GAP.fullmatch(text, prev.end_offset, m.start_offset) \
                    and timedelta(0) <= datetime.combine(prev.end.date(), _time_of(m.start)) - prev.end <= _HOURS_BREAK \
                    and _time_of(m.end) > _time_of(m.start):
                # "open weekdays 9:00~12:00 and 13:00~17:00": the same hours, closed for lunch
                mentions[-1] = replace(prev, end=datetime.combine(prev.end.date(), _time_of(m.end)), end_offset=m.end_offset,
                                       text=text[prev.start_offset:m.end_offset])
                continue
            if lead_span is not None and 0 <= sentence_no - lead_span[0] <= lead_span[2] and m.grain == "repeat" \
                    and m.rule in lead_span[3] and "COUNT" not in (m.recurrence or "COUNT"):
                # "From the 11th to Dec. 15, a doctor will visit village halls in X every Tuesday and in Y every Thursday";
                # "... its summer mosquito control schedule, running from the 16th to Sept. 30. Fogging teams will cover
                # ... every Monday and Wednesday, and ... every Tuesday and Thursday"
                bounded = _bound_repetition(m, lead_span[1], "from", text)
                m = replace(bounded, start_offset=m.start_offset, end_offset=m.end_offset, text=m.text)  # (its own words)
            if m.grain == "day" and m.end is None and m.open_start and m.end_offset < sent_hi and text[m.end_offset] == "," \
                    and _UNTIL_LEAD.fullmatch(text, sent_lo, m.start_offset):
                # "(... will extend their opening hours from the 26th.) Until March 31, they will open every day ...": from
                # the day told last, if it comes before, to then
                told_day = story.day_told(paragraph)
                begins = told_day if told_day is not None and anchor <= told_day < _day(m.start) else anchor
                lead_span = (sentence_no, replace(m, start=begins, end=m.start, open_start=False), 0, _ANY_REPEAT)
            if m.grain == "day" and m.end is not None and _day(m.end) > _day(m.start):
                if m.end_offset < sent_hi and text[m.end_offset] == "," and _FROM_LEAD.fullmatch(text, sent_lo, m.start_offset):
                    lead_span = (sentence_no, m, 0, _WEEKS)  # (for the rest of its sentence)
                elif _FROM_JUST_BEFORE.search(text, max(sent_lo, m.start_offset - 20), m.start_offset) \
                        and _SENTENCE_ENDS.match(text, m.end_offset):
                    lead_span = (sentence_no, m, 1, _WEEKS)  # (a span that ends its sentence: for the next one too)
            told = story.start_told
            if told is not None and 0 < sentence_no - told[0] <= 2 and m.grain == "repeat" \
                    and (m.recurrence or "").startswith(("FREQ=WEEKLY", "FREQ=MONTHLY")) and "COUNT" not in m.recurrence \
                    and _day(m.start) < _day(told[1].start):
                # "Starting next week, the center will set up a booth ... The booth will operate Monday through Friday"
                bounded = _bound_repetition(m, replace(told[1], end=None, grain="day"), "starting", text)
                m = replace(bounded, start_offset=m.start_offset, end_offset=m.end_offset, text=m.text)  # (its own words)
            if m.grain in ("week", "day", "month") and _day(m.start) and _day(m.start) > anchor and (
                    m.end_offset < sent_hi and text[m.end_offset] == "," and _START_TOLD.fullmatch(text, sent_lo, m.start_offset)
                    or m.grain != "day" and _START_TOLD_LAST.search(text, max(sent_lo, m.start_offset - 16), m.start_offset)
                    and _SENTENCE_ENDS.match(text, m.end_offset)):
                story.start_told = (sentence_no, m)
            m = _placed_by_neighbours(m, prev, story, text, anchor)
            # (not the hours of each day of a span its sentence told: "from 10 p.m. on the 9th to 6 a.m. on the 13th, with
            # work running from 22:00 to 06:00 each night")
            each_day_of_span = story.last_span is not None and story.last_span[2] >= sent_lo \
                and _EACH_DAY_AFTER.match(text, m.end_offset) is not None
            if isinstance(m.start, time) and not each_day_of_span and (day := story.day_told(
                    paragraph, same_paragraph=not (_TIME_FIELD.search(text, max(0, m.start_offset - 100), m.start_offset)
                                                   or _HAPPENING_LEAD.match(text, sent_lo)))):
                # "... on Friday. The doors open at 10 a.m."; "(... on October 7.) ▲Start: 9 a.m.": a notice's field, of the
                # day told just before it; "(... at 5 p.m. on the 24th.) Before the game, a fan signing will be held from
                # 2 p.m.": the game's
                m = _on_day(m, day, small_hours=story.last_day_clock is not None and time(0) < story.last_day_clock < time(6))
            if type(m.start) is date and m.end is None and (_SAME_HOURS.match(text, m.end_offset) or _SAME_HOURS_BEFORE.search(
                    text, max(0, m.start_offset - 30), m.start_offset)) \
                    and (timed := next((p for p in reversed(story.mentions) if isinstance(p.start, datetime)
                                        and p.start_offset >= paragraph), None)):
                # "from 10 a.m. to 4 p.m. ..., and ... the following Monday during the same hours", "will follow at the
                # same time on March 13"
                hours = _on_day(replace(m, start=timed.start.time(), end=timed.end.time() if timed.end else None), m.start)
                m = replace(m, start=hours.start, end=hours.end, grain="time", known=(*m.known, "hour"),
                            implied=tuple(x for x in m.implied if x != "day"),  # (its day is told, next to it)
                            reason=f"{m.reason}; the hours told before ({timed.text})")
            # (a day told in an aside is no day the story goes on from: "on the evening of the 7th, the eve of
            # Buddha's Birthday, which falls on the 8th. ... will set off at 7 p.m.": the 7th's evening)
            # (nor are the days first planned a span: "was originally scheduled for the 20th (Fri.) and 21st (Sat.), but ...
            # The opening ceremony will be held at 11 a.m. on the first day": of the days it has now)
            planned = _FIRST_PLANNED_BEFORE.search(text, max(sent_lo, m.start_offset - 48), m.start_offset) is not None \
                or planned_end is not None and LIST_GAP.fullmatch(text, planned_end, m.start_offset) is not None
            planned_end = m.end_offset if planned else None
            # (an aside that dates the only happening of its sentence is its day: "... will serve samgyetang to 600 seniors
            # on Chobok, the first of the three hottest days of summer, which falls on the 15th. The luncheon will be held
            # at 11:30 a.m.", but not "on the evening of the 7th, the eve of Buddha's Birthday, which falls on the 8th")
            aside = _ASIDE_BEFORE.search(text, max(sent_lo, m.start_offset - 30), m.start_offset) is not None \
                and any(x.start_offset >= sent_lo and not _REPORTED_ON_BEFORE.search(text, max(sent_lo, x.start_offset - 30),
                                                                                   x.start_offset)
                        for x in story.mentions[-3:] if x is not m)
            reported = _REPORTED_ON_BEFORE.search(text, max(sent_lo, m.start_offset - 30), m.start_offset) is not None
            story.add(m, paragraph, aside=aside, planned=planned, sentence=sent_lo, reported=reported)
    return story.mentions


_STARTING_AFTER_GAP = re.compile(r"\s*,?\s*(?:starting|beginning)(?:\s+(?:from|on))?\s+(?:the\s+)?", re.IGNORECASE)


_BEGINNING_NIGHT_GAP = re.compile(r"\s*,?\s*(?:starting|beginning)(?:\s+(?:from|on))?\s+(?:the\s+(?:night|evening)\s+of\s+)?"
                                  r"(?:the\s+)?", re.IGNORECASE)
_WRAPS_UP_GAP = re.compile(r"\s*,?\s*and\s+(?:wrapping\s+up|ending|finishing|(?:running|continuing|lasting)\s+until)\s+(?:on\s+)?"
                           r"(?P<morning>the\s+morning\s+of\s+)?(?:the\s+)?", re.IGNORECASE)


def _nights_from_to(rep: Mention, day: date, gap: re.Match) -> Mention | None:
    """An open repetition from the night `day` ("beginning the night of the 13th"), or, one that began so, to `day`
    ("and wrapping up on the morning of April 8": its last night the one before, when its hours end after midnight)."""
    if "morning" not in gap.re.groupindex:
        times = list(islice((t for t in rrulestr(rep.recurrence, dtstart=rep.start) if t.date() >= day), 1))
        if not times:
            return None
        shift = times[0] - rep.start
        return replace(rep, start=times[0], end=rep.end + shift if isinstance(rep.end, datetime) else rep.end,
                       rule=rep.rule + " from a night", reason=f"{rep.reason}; from {day.isoformat()}, when it starts")
    overnight = isinstance(rep.end, datetime) and rep.end.date() > rep.start.date()
    last = day - timedelta(days=1) if gap.group("morning") and overnight else day
    days = _occurrences(rep.recurrence, rep.start.date(), last)
    if not days:
        return None
    return replace(rep, recurrence=f"{rep.recurrence};COUNT={len(days)}", grain="time",
                   rule=rep.rule.removesuffix(" from a night") + " within dates",
                   reason=f"{rep.reason}; until {last.isoformat()}, as the text says")


def _starting_on(rep: Mention, first: date) -> Mention | None:
    """A counted repetition that starts on `first` instead: its times from then, to the same last one."""
    times = [t for t in rrulestr(rep.recurrence, dtstart=rep.start) if t.date() >= first]
    if not times:
        return None
    shift = times[0] - rep.start
    return replace(rep, start=times[0], end=rep.end + shift if isinstance(rep.end, datetime) else rep.end,
                   recurrence=re.sub(r"COUNT=\d+", f"COUNT={len(times)}", rep.recurrence),
                   reason=f"{rep.reason}; from {first.isoformat()}, when it starts")


def _end_on_the_day_of(prev: Mention | None, m: Mention) -> datetime | None:
    """When `m` is a moment after the timed `prev` that could end it: its time, on prev's day (or the next,
    past midnight: "from 11:30 p.m. ... with fireworks at about 12:30 a.m.")."""
    if prev is None or not isinstance(prev.start, (datetime, time)) or prev.end is not None or m.end is not None:
        return None
    if type(prev.start) is time:  # (of no day yet: "The parade will set off ... at 7 p.m. ..., finishing at around 9:30 p.m.")
        return m.start if type(m.start) is time and m.start > prev.start else None
    if isinstance(m.start, datetime):
        return m.start
    if type(m.start) is not time:
        return None
    ends = datetime.combine(prev.start.date(), m.start)
    return ends if ends > prev.start else ends + timedelta(days=1)


def _placed_by_neighbours(m: Mention, prev: Mention | None, story: _Story, text: str, anchor: date) -> Mention:
    """A day the words around it place otherwise than the anchor alone: "the weekend of the 1st", the later days of
    a list ("on the 10th, 17th and 24th"), a day of the span told just before ("Sept. 23-25 ... on the 24th")."""
    if m.grain == "day" and m.end is None and type(m.start) is date and m.start.weekday() in (5, 6) \
            and (weekend := _WEEKEND_OF_BEFORE.search(text, max(0, m.start_offset - 24), m.start_offset)):
        saturday = m.start - timedelta(days=m.start.weekday() - 5)
        # (the words are part of the date: "will hold the Rose Festival the weekend of the 1st" names the festival)
        m = replace(m, start=saturday, end=saturday + timedelta(days=1), start_offset=weekend.start(),
                    text=text[weekend.start():m.end_offset], reason=f"{m.reason}; the weekend of that day")
    if prev is not None and prev.rule == m.rule == "bare day" and m.end is None and _day(prev.start) \
            and _day(m.start) and _day(m.start) < _day(prev.start) and LIST_GAP.fullmatch(text, prev.end_offset, m.start_offset):
        m = _after_in_list(m, _day(prev.start))
    last = story.mentions[-1] if story.mentions else None
    if m.rule == "weekday" and m.end is None and type(m.start) is date and last is not None and last.grain in ("day", "time") \
            and (told := _day(last.start)) \
            and _BEFORE_AFTER_WEEKDAY.match(text, m.end_offset) and m.start_offset - last.end_offset < _NEXT_DAYS_REACH:
        # "falls on Feb. 12 (Wed) this year, but the district will hold the festival on the Saturday before": that
        # Saturday, the last before the day just told
        before = told - timedelta(days=(told.weekday() - m.start.weekday()) % 7 or 7)
        m = replace(m, start=before, end_offset=m.end_offset, reason=f"{m.reason}; the one before {told.isoformat()}")
    if last is not None and m.rule.endswith("bare day") and m.grain == "day" and "month" not in m.known \
            and m.reason.endswith("the nearest to the publication date") \
            and (told := _day(last.start)) is not None and last.grain in ("day", "time") and _day(m.start) is not None \
            and _day(m.start) < anchor < told and m.start_offset - last.end_offset < _NEXT_DAYS_REACH \
            and "\n" not in text[last.end_offset:m.start_offset]:
        # "... at 7 p.m. on the 24th (Fri) ... On the weekend of the 25th and 26th, ...": the days after the coming day
        # told just before, not those a week before the article
        moved = _after_in_list(m, told)
        if moved is not m:
            shift = _day(moved.start) - _day(m.start)
            m = replace(moved, end=m.end + shift if m.end is not None else None)
    return story.within_span(m, anchor) or story.after_span(m, anchor) or story.weekday_of_weekend(m, anchor) or m


def _time_of(value: datetime | time) -> time:
    return value.time() if isinstance(value, datetime) else value


def _after_in_list(m: Mention, before: date) -> Mention:
    """A day listed after another, moved to the first month in which it comes after it (within four weeks)."""
    day = _day(m.start)
    y, mo = before.year, before.month
    for _ in range(2):
        if _valid(y, mo, day.day) and before < date(y, mo, day.day) <= before + timedelta(days=27):
            moved = date(y, mo, day.day)
            start = datetime.combine(moved, m.start.time()) if isinstance(m.start, datetime) else moved
            return replace(m, start=start, reason=f"{m.reason}; after the day listed before it")
        y, mo = _month_add(y, mo, 1)
    return m


class _Story:
    """What a text has told so far: its mentions, and the latest single day read (by paragraph)."""

    def __init__(self) -> None:
        self.mentions: list[Mention] = []
        self.last_day: tuple[int, date] | None = None  # (paragraph start, day)
        self.last_day_clock: time | None = None  # the time it was told with, if any
        self.last_span: tuple[date, date, int] | None = None  # the latest span of days, and where: "from the 17th to March 5"
        self.start_told: tuple[int, Mention] | None = None  # (sentence number, mention): "Starting next week, ..."
        self.last_weekend: tuple[date, int] | None = None  # (its Saturday, where): "the following weekend"
        self.reported_in: int | None = None  # the sentence whose day of the news was the last day read

    def latest(self, since: int) -> Mention | None:
        """The last mention read, if it starts at `since` or later."""
        return self.mentions[-1] if self.mentions and self.mentions[-1].start_offset >= since else None

    def since(self, start: int) -> Iterator[Mention]:
        """The mentions read from `start` on, latest first."""
        for m in reversed(self.mentions):
            if m.start_offset < start:
                return
            yield m

    def day_told(self, paragraph: int, same_paragraph: bool = False) -> date | None:
        """The latest single day: of this paragraph, else (unless `same_paragraph`) of the text."""
        if self.last_day is None or same_paragraph and self.last_day[0] != paragraph:
            return None
        return self.last_day[1]

    def within_span(self, m: Mention, anchor: date) -> Mention | None:
        """A bare day that no tense placed, read as past, is that day of the coming span told shortly before,
        when the span holds it."""
        day = _day(m.start)
        if m.rule != "bare day" or m.end is not None or day is None or day >= anchor \
                or not m.reason.endswith("the nearest to the publication date") \
                or self.last_span is None or m.start_offset - self.last_span[2] > _EDGE_REACH:
            return None
        first, last = self.last_span[:2]
        if first <= anchor or (last - first).days > 31:
            return None
        held = next((d for d in (first + timedelta(n) for n in range((last - first).days + 1)) if d.day == day.day), None)
        if held is None:
            return None
        start = datetime.combine(held, m.start.time()) if isinstance(m.start, datetime) else held
        return replace(m, start=start, reason=f"month and year of the span told before ({first.isoformat()} to "
                                              f"{last.isoformat()}), which holds that day")

    def after_span(self, m: Mention, anchor: date) -> Mention | None:
        """Days that no tense placed, read as past, right after a coming span of days: the next such days after it,
        as a notice's fields go on ("○ Priority: Nov. 8 ~ 12 ○ General: from the 15th until the 30th")."""
        if m.rule not in ("bare day", "range of bare day") or m.recurrence or self.last_span is None \
                or not 0 <= m.start_offset - self.last_span[2] <= _FIELD_REACH \
                or not m.reason.endswith("the nearest to the publication date"):
            return None
        first_day, last_day = _day(m.start), _day(m.end) if m.end is not None else _day(m.start)
        if first_day is None or last_day is None or last_day >= anchor:
            return None
        first, last = self.last_span[:2]
        if first <= anchor or (last - first).days > 31:
            return None
        moved = _after_in_list(m, last)
        if moved is m:
            return None
        shift = _day(moved.start) - first_day
        end = m.end + shift if m.end is not None else None
        if end is not None and _day(end).day != last_day.day:
            return None  # (a span whose end falls on another day of the month when moved)
        return replace(moved, end=end, reason=f"{m.reason.rsplit(';', 1)[0]}; after the span told just before "
                                                f"({first.isoformat()} to {last.isoformat()})")

    def weekday_of_weekend(self, m: Mention, anchor: date) -> Mention | None:
        """A Saturday or Sunday read as the coming one is that of the coming weekend told shortly before: "set for
        the following weekend rather than this one ... The market runs on both Saturday and Sunday"."""
        day = _day(m.start)
        if m.rule != "weekday" or day is None or day.weekday() < 5 or m.end is not None and _day(m.end) != day \
                or self.last_weekend is None or m.start_offset - self.last_weekend[1] > _WEEKEND_REACH:
            return None
        saturday = self.last_weekend[0]
        held = saturday + timedelta(days=day.weekday() - 5)
        if saturday <= anchor or held == day:
            return None
        shift = held - day
        return replace(m, start=m.start + shift, end=m.end + shift if m.end is not None else None,
                       reason=f"{m.reason}; of the weekend told before ({saturday.isoformat()})")

    def add(self, m: Mention, paragraph: int, aside: bool = False, planned: bool = False, sentence: int = -1,
            reported: bool = False) -> None:
        """`planned`: a day first planned, which a change is told from ("one day earlier"), but no span of the
        happening ("the first day"); `reported`: the day of the news, told in `sentence` (its start)."""
        self.mentions.append(m)
        if aside:
            return
        one_day = m.end is None or _day(m.start) == _day(m.end) or type(m.start) is date and isinstance(m.end, datetime)
        if _day(m.start) and m.grain in ("day", "time", "daypart") and one_day:
            same_paragraph = not planned and self.last_day is not None and self.last_day[0] == paragraph
            if same_paragraph and _day(m.start) - self.last_day[1] == timedelta(days=1) \
                    and "relative" not in m.known:  # ("The day after, ..." goes on inside the span told before)
                self.last_span = (self.last_day[1], _day(m.start), m.end_offset)  # "on the 11th (Sat) and 12th (Sun)"
            elif same_paragraph and m.open_start and m.grain == "day" \
                    and _day(m.start) > self.last_day[1]:  # (not "until 1 a.m. the following morning": late hours)
                self.last_span = (self.last_day[1], _day(m.start), m.end_offset)  # "which opened on the 4th, runs through the 14th"
            self.last_day = (paragraph, _day(m.start))
            self.last_day_clock = m.start.time() if isinstance(m.start, datetime) else None
        elif _day(m.start) and _day(m.end) and m.grain in ("day", "time") and _day(m.end) > _day(m.start) and not planned \
                and not m.rule.startswith("holiday"):  # ("will close on the Friday and Saturday of the Chuseok holidays")
            self.last_span = (_day(m.start), _day(m.end), m.end_offset)
            if self.reported_in == sentence:
                self.last_day = None  # ("announced on the 17th that it will run a campaign from the 22nd to Sept. 2. ... from
                # 8:00 to 9:00": not the hours of the day of the news)
        self.reported_in = sentence if reported else None
        if m.rule.endswith(" weekend") and _day(m.start):  # ("set for the following weekend")
            self.last_weekend = (_day(m.start), m.end_offset)
        elif _day(m.start) and _day(m.end) and _day(m.start).weekday() == 5 and _day(m.end) - _day(m.start) == timedelta(days=1):
            self.last_weekend = (_day(m.start), m.end_offset)  # ("over the weekend of the 21st and 22nd")


def _read(x: Expr, text: str, anchor: date, sentence: _Sentence, story: _Story, paragraph: int) -> Mention | None:
    """Resolve one expression: from the anchor, or from the day the story has reached."""
    if x.first.grain == "reference" and x.first.rule == "following day" \
            and _DAY_OF_UNTOLD_BEFORE.search(text, max(sentence.lo, x.start - 40), x.start) \
            and not (story.mentions and story.mentions[-1].end_offset >= x.start - 6):  # (not "the day of the fair and ...")
        return None  # "an official absence on the day of vaccination and the following day": of a day no text gives
    if x.first.grain == "reference" and x.first.shift[0] == "year":
        # "a year earlier": from a date of its sentence ("in 2010, and a year later"), else from now
        near = next((p for p in reversed(story.mentions) if p.start_offset >= sentence.lo and _day(p.start)), None)
        return _resolve_reference(x, text, anchor, near and _day(near.start), near and near.grain)
    if x.first.grain == "reference" and x.first.shift[0] == "edge":
        if story.last_span is None or x.start - story.last_span[2] > _EDGE_REACH:
            return None  # "the first day" of a span the text has not given, or gave far before
        which = x.first.shift[1]  # 0: the first day, 1: the last, 2 and more: the second, third, ...; -1: all of them
        x.first = replace(x.first, grain=x.first.target_grain)
        if which < 0:
            first, last = story.last_span[:2]
            return _finish(x, text, _Point(first, last), None, ("relative",), ("day", "month", "year"), x.first.rule,
                           f"the days of the span told before ({first.isoformat()} to {last.isoformat()})", anchor)
        day = story.last_span[which] if which < 2 else story.last_span[0] + timedelta(days=which - 1)
        if day > story.last_span[1]:
            return None  # "the third day" of a two-day span
        return _finish(x, text, _Point(day, day), None, ("relative",), ("day", "month", "year"), x.first.rule,
                       f"the {x.first.rule.split()[0]} day of the span told before ({day.isoformat()})", anchor)
    if x.first.rule == "day of the happening":
        # "traffic will be controlled on race day", "free on reopening day": the day told with the race, the reopening
        words = text[x.first.start:x.first.end].lower().split()
        noun = next((w for w in words if w in _HAPPENING_DAYS), words[-1])
        told = _day_of_happening(_HAPPENING_DAYS.get(noun, noun), text, x.start, story)
        return _resolve_reference(x, text, anchor, told) if told is not None else None
    if x.first.grain == "reference":
        latest = story.latest(paragraph)
        if latest is not None and latest.grain in ("month", "year", "approximate"):
            return None  # "last October, when ... that same day": a day the text does not give
        told = story.day_told(paragraph)
        if x.first.rule == "same day" and (lead := _HAPPENING_LEAD.match(text, sentence.lo)):
            # "Before the screening, ... at 10 a.m. on the same day": the screening's, whatever day was told since
            told = _day_of_happening(lead.group(1), text, x.start, story) or told
        if x.first.rule in ("the day before", "the day after") and (named := _THE_HAPPENING.match(text, x.first.end)):
            # "closes the day before the lecture": the day of the lecture told before; "The day before the event":
            # else the last day of this year or so that the text told, not a date of history
            # ("the event" is whatever the story is about: not the last "event" it named)
            told = _day_of_happening(named.group(1), text, x.start, story) if named.group(1) != "event" else None
            if told is None and named.group(1) in _ANY_HAPPENING:
                told = next((_day(m.start) for m in reversed(story.mentions) if m.grain in ("day", "time")
                             and isinstance(m.start, date) and abs((_day(m.start) - anchor).days) <= 366), None)
            if told is None:
                return None  # "the day after the election": from an event whose day is not written here
        if told is not None and told > anchor and x.first.shift and x.first.shift[1] < 0 \
                and (_tense(text, x.start, x.end, sentence)[0] or "").startswith("past"):
            told = None  # "signed an agreement the previous day", after a coming day: the day before the news
        return _resolve_reference(x, text, anchor, told)
    if x.first.rule == "day of the month told before" or x.last is not None and x.last.rule == "day of the month told before":
        told = next((_day(m.end) or _day(m.start) for m in reversed(story.mentions) if _day(m.start)), None)
        if told is None:
            return None  # "the 5th of that month", of a month the text does not give
        # ("from the 21st to the 30th of the same month": both ends of it)
        x.first = replace(x.first, year=told.year, month=told.month) if x.first.month is None else x.first
        if x.last is not None and x.last.month is None:
            x.last = replace(x.last, year=told.year, month=told.month)
    before = story.latest(sentence.lo)
    floor = _day(before.start) if before and before.grain in ("day", "time", "daypart") else None
    # (the floor holds for a coming day when the sentence named a month before it: "begins on October 6,
    # followed by ... on the 13th, ... on the 20th")
    # (and for a day listed right after it: "Sessions are held on the 7th, 14th, 21st and 28th")
    named = floor is not None and (any("month" in p.known for p in story.since(sentence.lo))
                                   or LIST_GAP.fullmatch(text, before.end_offset, x.start) is not None)
    end_told_from_start = x.last if x.last is not None and x.last.grain == "reference" and x.first.grain != "reference" \
        and x.last.shift and x.last.shift[0] in ("weekday", "day") and x.last.shift[1] > 0 else None
    if end_told_from_start is not None:
        x.last = None  # "open at 9 a.m. on the 13th (Thu) and close at 5 p.m. the following Monday": from the start
    m = _resolve(x, text, anchor, sentence, floor, named)
    if m is not None and end_told_from_start is not None:
        m = _ending_from_start(m, end_told_from_start)
    return _shifted(m, x.shift) if m is not None and x.shift else m


def _ending_from_start(m: Mention, end: Piece) -> Mention | None:
    """A span whose end is told from its start: "the 13th ... the following Monday", "the 3rd ... the next day"."""
    first = _day(m.start)
    if first is None:
        return None
    unit, n = end.shift
    days = (end.weekday - first.weekday() - 1) % 7 + 1 if unit == "weekday" else n
    last = first + timedelta(days=days)
    stop = datetime.combine(last, m.end.time()) if isinstance(m.end, datetime) else last
    return replace(m, end=stop, reason=f"{m.reason}; ends {last.isoformat()}, {end.rule} from its start".lstrip("; "))


# the day's noun, and the word that tells of the happening ("will reopen on May 2")
_HAPPENING_DAYS = {"race": "(?:race|marathon|run)", "reopening": "reopen", "opening": "open"}
_NTH_DAY = {2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh"}
_FIELD_REACH = 120  # characters between a span and the days told right after it in a notice's fields
_PLACE_AFTER = re.compile(r" (?:on|at|in|by) ")
_PREPOSITION_OBJECT_BEFORE = re.compile(r"\b(?:on|with)\s+(?:[a-z]+\s+)?[a-z]+\s+$")
_FIRST_COME_BEFORE = re.compile(r"\bfirst[- ]come,?[- ]first[- ]$", re.IGNORECASE)
_CHANGED_FROM_BEFORE = re.compile(r"\b(extended|prolonged|moved|postponed|rescheduled|changed|delayed)\s+from\s+$", re.IGNORECASE)
_WEEKDAY_IN_PARENS = re.compile(r"\s*\((?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?\)")
_TO_MARK_BEFORE = re.compile(r"\b(?:to\s+(?:mark|celebrate|commemorate)|marking|celebrating)\s+$", re.IGNORECASE)
_BEFORE_AFTER_WEEKDAY = re.compile(r"\s+before\b(?!\s+(?:the|a|an|each|every|\d|[A-Z]))")  # ("the Saturday before", not "before the 5th")
_NEXT_DAYS_REACH = 300  # characters: bare days this close after a coming day of a later month follow it
_EDGE_REACH = 1500  # characters: "the first day" is of a span told a few sentences before at most
_WEEKEND_REACH = 400  # characters: "Saturday" is of the weekend told in the sentence or two before
# ("The day before the event": the latest day told, whichever happening that was)
_ANY_HAPPENING = frozenset(["event", "ceremony", "festival", "concert", "opening", "fair", "meeting", "race", "marathon"])
_THE_HAPPENING = re.compile(r"\s+(?:of\s+)?the\s+(event|ceremony|festival|concert|opening|fair|meeting|race|marathon|lecture|class|"
                            r"session|performance|show|exhibition|tour|contest|competition|workshop|camp|screening|forum|"
                            r"market|parade|election|vote|seminar|briefing|hearing|audition|exam|test)\b[^\w\s]")
_HAPPENING_REACH = 1500  # characters: "the day before the lecture" is of a lecture told a few sentences before at most


def _day_of_happening(noun: str, text: str, before: int, story: _Story) -> date | None:
    """The day told in the sentence that last named the happening ("will hold a lecture ... on the 20th")."""
    word = re.compile(rf"\b{noun}s?\b(?!-)", re.IGNORECASE)  # (not "the open-air stage")
    found = [m.start() for m in word.finditer(text, max(0, before - _HAPPENING_REACH), before)]
    for at in reversed(found):
        if _TOLD_FROM_BEFORE.search(text, max(0, at - 16), at):
            continue  # ("on the Friday and Saturday before the race": days told from it, not its own)
        # (not the day of the news: "announced on the 1st that its marathon will be held on the 19th")
        # (nor a repetition's first day the text does not tell: "The garden will be open daily from 9 a.m. ...")
        near = [m for m in story.mentions if m.grain in ("day", "time") and isinstance(m.start, date)
                and not m.rule.endswith(" until a date")
                and abs(m.start_offset - at) <= 200 and not _SENTENCE_BREAK.search(
                    text, min(at, m.start_offset), max(at, m.start_offset))
                and not _REPORTED_ON.search(text, max(0, m.start_offset - 16), m.start_offset)]
        if near:
            return _day(min(near, key=lambda m: abs(m.start_offset - at)).start)
    if noun in ("open", "reopen") and found:
        # "will open the 'Moonlight Night Market' ... △Period: Sept. 5 (Fri.) ~ Oct. 31 (Fri.), every Friday and
        # Saturday": its opening day is the first of the days told after it
        first = next((m for m in story.mentions if found[0] < m.start_offset < before and isinstance(m.start, date)
                      and (m.end is not None or m.recurrence) and not m.rule.endswith(" until a date")), None)
        if first is not None:
            return _day(first.start)
    return None


_REPORTED_ON = re.compile(r"\b(?:" + "|".join(sorted(REPORTING_VERBS)) + r")\s+(?:on\s+)?$")
_HAPPENING_LEAD = re.compile(r"(?:Before|After|During|Ahead\s+of)\s+the\s+(game|match|race|ceremony|festival|concert|"
                             r"event|show|performance|parade|screening|lecture|tournament)\b")
_TOLD_FROM_BEFORE = re.compile(r"\b(?:before|after|ahead\s+of|following)\s+(?:the\s+)?$", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-Z\"“‘']|\n")
_CLAUSE_ENDS = re.compile(r"\s*(?:[,.;:!?)\"”’]|$)")


def _resolve_reference(x: Expr, text: str, anchor: date, told: date | None, told_grain: str | None = None) -> Mention | None:
    """A day told from another one: the latest single day read before it (in its paragraph, else in
    the text), else the publication date. "That day" with no day before it is left unread."""
    p = x.first
    unit, n = p.shift
    if p.rule in ("day before", "day after", "counted before a date"):
        return None  # "day after day", "two days before the vote": what it counts from is not a date
    if p.rule in ("the day before", "the day after") and not _CLAUSE_ENDS.match(text, p.end) \
            and not _THE_HAPPENING.match(text, p.end):
        return None  # "the day after the election": from an event whose date is not written here
        # (but "The day before the event": the event whose day was just told)
    if told is None and p.rule == "same day":
        return None
    ref = told or anchor
    origin = f"the day named before it ({ref.isoformat()})" if told else f"the publication date ({anchor.isoformat()})"
    grain, lo, hi = "day", ref, ref
    if unit == "weekday":
        gap = (ref.weekday() - p.weekday - 1) % 7 + 1 if n < 0 else (p.weekday - ref.weekday() - 1) % 7 + 1
        lo = hi = ref + timedelta(days=n * gap)
        why = f"the {'previous' if n < 0 else 'following'} {calendar.day_name[p.weekday]} from {origin}"
    elif unit == "month":
        y, mo = _month_add(ref.year, ref.month, n)
        grain, lo, hi = "month", date(y, mo, 1), date(y, mo, _last_day(y, mo))
        why = f"{_count_of(n, 'month')} {'after' if n > 0 else 'before'} {origin}"
    elif unit == "year" and told_grain in ("month", "year"):  # "in 2010, and a year later": 2011
        y, mo = (ref.year + n, ref.month) if told_grain == "month" else (ref.year + n, 1)
        grain, lo, hi = told_grain, date(y, mo, 1), date(y, mo, _last_day(y, mo)) if told_grain == "month" else date(y, 12, 31)
        why = f"{_count_of(n, 'year')} {'after' if n > 0 else 'before'} {origin}"
    elif unit == "year":
        grain, lo = "approximate", _shift_years(ref, n)
        hi = lo
        why = f"about {_count_of(n, 'year')} {'after' if n > 0 else 'before'} {origin}"
    else:
        days = n * (7 if unit == "week" else 1)
        lo = hi = ref + timedelta(days=days)
        grain = p.target_grain
        why = f"{_count_of(days, 'day')} {'after' if days > 0 else 'before'} {origin}" if days else f"the same day as {origin}"
    x.first = replace(p, grain=grain)
    return _finish(x, text, _Point(lo, hi), None, ("relative",), ("day", "month", "year"), p.rule, why, anchor)


def _count_of(n: int, unit: str) -> str:
    return f"{abs(n)} {unit}{'' if abs(n) == 1 else 's'}"


def _shifted(m: Mention, shift: tuple[str, int]) -> Mention | None:
    """ "The day before last Tuesday": the date it names, moved."""
    unit, n = shift
    if unit not in ("day", "week") or not isinstance(m.start, date):
        return None
    delta = timedelta(days=n * (7 if unit == "week" else 1))
    end = m.end + delta if isinstance(m.end, date) else m.end
    reason = f"{m.reason}; moved {_count_of(delta.days, 'day')} {'later' if n > 0 else 'earlier'}".lstrip("; ")
    return replace(m, start=m.start + delta, end=end, reason=reason)


def _day(v: date | datetime | time | None) -> date | None:
    return v.date() if isinstance(v, datetime) else v if isinstance(v, date) else None


def _on_day(m: Mention, day: date, small_hours: bool = False) -> Mention:
    """A clock time given a day named earlier in its paragraph ("at midnight": the one that ends that day; but
    the one that begins it when the day was told by its small hours: "until 2 a.m. on Jan. 1 ... between midnight
    and 2 a.m.")."""
    if m.start == time(0) and "midnight" in m.text.lower() and not small_hours:
        day += timedelta(days=1)
    start = datetime.combine(day, m.start)
    end = datetime.combine(day, m.end) if isinstance(m.end, time) else None
    if end is not None and end <= start:
        end += timedelta(days=1)
    return replace(m, start=start, end=end, reason=f"day from an earlier sentence of the paragraph ({day.isoformat()})")


_TIMES_LISTED = re.compile(r"\s*,?\s*(?:and|or)\s+(?:at\s+)?")
_TWIN_TIME_GAP = re.compile(r"\s*,?\s*(?:and|or)\s+(?:at\s+)?[\d:.]+\s*(?:[ap]\.?m\.?)?\s+(?:every|each|on)\s+(?:the\s+)?",
                            re.IGNORECASE)
_EVERY_OR_ON_GAP = re.compile(r"\s+(?:every|each|on)\s+(?:the\s+)?", re.IGNORECASE)


def _at_another_time(day: Expr, told: Expr) -> Expr:
    """The day of `day` at the time of `told`, read from the words of `told` ("... and 6 p.m.")."""
    twin = replace(day, clock=told.clock, clock_end=told.clock_end, extra_rules=list(day.extra_rules))
    twin.start, twin.end = told.start, told.end  # (replace() set them back to the day's first piece)
    return twin


def _attach_loose_times(exprs: list[Expr], text: str) -> list[Expr]:
    """A clock time alone in a sentence belongs to the one day named earlier in it:
    "On the 28th, the opening ceremony will be held from 7 to 9 p.m." """
    def can_host(h: Expr) -> bool:
        return h.clock is None and h.clock_end is None and (h.first.has_day or h.first.grain in ("repeat", "reference")) \
            and h.first.grain in ("day", "weekday", "daypart", "repeat", "reference") and h.last is None

    def closes_alike(h: Expr, x: Expr) -> bool:  # ("open until 8 p.m. every Wednesday, ... from 6 p.m. to 8 p.m.")
        return h.first.grain == "repeat" and h.last is None and h.clock is None and h.clock_end is not None \
            and h.clock_end == x.clock_end

    out: list[Expr] = []
    for i, x in enumerate(exprs):
        after = exprs[i + 1] if i + 1 < len(exprs) else None
        if x.first.is_time and x.last is None and x.clock_end is None and after is not None and after.clock is not None \
                and after.clock_end is None and after.last is None and after.first.has_day and not after.first.is_time \
                and after.start < after.first.start and _TIMES_LISTED.fullmatch(text, x.end, after.start):
            out.append(_at_another_time(after, x))  # "at 4 p.m. and 7:30 p.m. on the 6th": both times are the 6th's
            continue
        if x.first.is_time and x.last is None and x.clock is not None and x.clock_end is not None and out \
                and out[-1].clock_end is not None and out[-1].clock is not None and out[-1].clock_end <= x.clock \
                and out[-1].first.has_day and _TIMES_LISTED.fullmatch(text, out[-1].end, x.start):
            out.append(_at_another_time(out[-1], x))  # "from the 24th to Nov. 30, from 9:00~11:30 and 13:30~16:00": those days'
            continue
        host = exprs[i + 2] if i + 2 < len(exprs) else None
        if _loose_time(x) and after is not None and _loose_time(after) and host is not None and can_host(host) \
                and after.clock > x.clock and _TIMES_LISTED.fullmatch(text, x.end, after.start) \
                and _EVERY_OR_ON_GAP.fullmatch(text, after.end, host.start):
            out.append(_at_another_time(host, x))  # "at 11 a.m. and 3 p.m. every Saturday": the first time of those days too
            continue
        before = out[-1] if out else None
        if x.first.is_time and x.last is None and x.clock_end is None and before is not None and before.clock is not None \
                and before.clock_end is None and before.last is None and before.first.has_day and not before.first.is_time \
                and before.first.start < before.start + 1 and x.clock > before.clock \
                and _TIMES_LISTED.fullmatch(text, before.end, x.start):
            out.append(_at_another_time(before, x))  # "on Sunday at 2 p.m. and 6 p.m.": a second time of that day
            continue
        if x.first.is_time and x.last is None and x.clock_end is None and out and out[-1].clock is not None \
                and out[-1].clock_end is None and out[-1].last is None and out[-1].first.has_day \
                and _FOLLOWED_UNTIL.search(text, out[-1].end, x.start):
            out[-1].clock_end, out[-1].end = x.clock, x.end  # "on the 3rd at 2 p.m., followed by training until 4 p.m."
            continue
        if x.first.is_time and x.last is None and x.clock_end is None and _RETURNS_AT_BEFORE.search(text, max(0, x.start - 24), x.start) \
                and (trip := next((h for h in reversed(out) if h.clock is not None and h.clock_end is None
                                   and not _SENTENCE_BREAK.search(text, h.end, x.start)), None)) is not None and trip.clock < x.clock:
            trip.clock_end = x.clock  # "every Friday ..., leaving the station at 7:30 p.m. ... before returning at 9:40 p.m."
            continue
        if x.first.is_time and (ASIDE_HOURS_BEFORE.search(text, max(0, x.start - 30), x.start)
                                or USUAL_HOURS_BEFORE.search(text, max(0, x.start - 30), x.start)
                                or SKY_TIME_BEFORE.search(text, max(0, x.start - 90), x.start)
                                or WHICH_OPENS_AT.search(text, max(0, x.start - 40), x.start)):
            # "10:00~16:00 (lunch break 12:00~13:00)", "normally open 9 a.m. to 10 p.m.", "the sun is expected to rise at
            # 7:44 a.m.": not the day's hours (the events leave them out)
            out.append(x)
            continue
        if x.first.is_time and x.last is None and not _ON_EACH_DAY.match(text, x.end):
            # (not a day told as an end, "every day until February 12, 10:00~17:00": those are each day's hours;
            # nor the last day told, "on the 17th and ... on the 18th, ... from 19:30 to 22:00 on both days")
            # ("announced on the 21st that it will keep the center open until 8 p.m. every Thursday": the hours of the
            # repetition right after, not of the day told before)
            repeated = after if after is not None and after.first.grain == "repeat" and can_host(after) \
                and _EVERY_GAP.fullmatch(text, x.end, after.start) else None
            # (not over daily hours told since: "The shelters, which opened on the 1st, are open from 9 a.m. to 6 p.m.
            # daily, and 37 of them ... stay open until 9 p.m. when a warning is in effect": another closing hour of
            # those, on some days, which no day keeps)
            daily = next((i for i in range(len(out) - 1, -1, -1) if out[i].first.grain == "repeat" and out[i].clock is not None
                          and out[i].clock_end is not None),
                         -1) if x.clock_end is None and _UNTIL_JUST_BEFORE.search(text, max(0, x.start - 8), x.start) else -1
            host = None if repeated is not None else next((h for h in reversed(out[daily + 1:]) if (can_host(h) or closes_alike(h, x)) and not (
                x.clock_end is not None and _OPEN_START_BEFORE.search(text, max(0, h.start - 40), h.start))), None)
            if host is None and daily >= 0:
                continue
            if host is not None and host.first.grain != "repeat" and _UNTIL_JUST_BEFORE.search(text, max(0, host.start - 8), host.start) \
                    and (series := next((h for h in reversed(out) if can_host(h) and h.first.grain == "repeat"), None)):
                host = series  # "run every Saturday and Sunday until Nov. 26, departing at 9:30 a.m.": each run's hour
            if host is not None:
                if _UNTIL_JUST_BEFORE.search(text, max(0, x.start - 8), x.start) and x.clock_end is None:
                    host.clock_end = x.clock  # "On New Year's Eve, it runs until 2 a.m. the following day"
                else:
                    host.clock, host.clock_end = x.clock, x.clock_end
                    host.midnight = x.first.midnight_end
                if host.first.grain != "repeat":  # a repetition keeps its span so the dates bounding it stay apart
                    host.end = x.end
                host.end_day_offset = x.end_day_offset
                if host.clock is None and host.clock_end is not None and time(0) < host.clock_end < time(6):
                    host.end_day_offset = max(host.end_day_offset, 1)  # "On the 31st, they run until 2 a.m.": the morning after
                continue
            later = next((h for h in exprs[i + 1:] if can_host(h) or h.last is None and h.first.has_day
                          and (h.clock, h.clock_end) == (x.clock, x.clock_end)), None)
            if later is not None and (_NEW_CLAUSE.search(text, x.end, later.start) or _BUT_ON.search(text, x.end, later.start)
                                      or EXCEPT_BEFORE.search(text, max(x.end, later.start - 20), later.start)
                                      or _CLOSED_DAY_BEFORE.search(text, max(x.end, later.start - 60), later.start)):
                # "The drill lasts 20 minutes, until 2:20 p.m., and the city held a meeting on the 1st"; "Hours are 10 a.m.
                # to 7 p.m., except on the final day, when ...": not the hours of that day
                later = None
            if later is not None and later is repeated and x.clock_end is None \
                    and _UNTIL_OR_TO_BEFORE.search(text, max(0, x.start - 8), x.start):
                later.clock_end = x.clock  # "open until 8 p.m. every Thursday": when each closes
                continue
            if later is not None:  # "at midday, ... today", "at 4 in the morning (4 a.m. Thursday)"
                told_twice = later.clock is not None or "," in text[x.end:later.start]
                later.clock, later.clock_end = x.clock, x.clock_end  # the span stays the day's: its tense is read there
                if not told_twice:
                    continue
                x.first = replace(later.first, start=x.first.start, end=x.first.end)  # a mention of its own, on that day
        out.append(x)
    return out


def _pair_until_from(exprs: list[Expr], text: str) -> list[Expr]:
    """"The library stays open until 10 p.m., and from 7 p.m. it offers film screenings": one stretch of hours,
    from the later-told start to the end told first."""
    out: list[Expr] = []
    for x in exprs:
        a = out[-1] if out else None
        if a is not None and _loose_time(a) and _loose_time(x) and x.clock < a.clock \
                and _UNTIL_JUST_BEFORE.search(text, max(0, a.start - 8), a.start) \
                and _UNTIL_THEN_FROM_GAP.fullmatch(text, a.end, x.start):
            a.clock, a.clock_end, a.end = x.clock, a.clock, x.end
            continue
        out.append(x)
    return out


def _loose_time(x: Expr) -> bool:
    return x.first.is_time and x.last is None and x.clock is not None and x.clock_end is None


_UNTIL_JUST_BEFORE = re.compile(r"\b(?:until|till)\s+$", re.IGNORECASE)
_UNTIL_THEN_FROM_GAP = re.compile(r"\s*,?\s*(?:and\s+)?from\s+", re.IGNORECASE)  # (nothing else between: no other day)


_NEXT_PART_GAP = re.compile(rf"\s*(?:\([^()]{{1,12}}\)\s*)?/\s*(?:{PART_NOUNS})\s*\d{{1,2}}\s*:\s*",
                            re.IGNORECASE)
_REPEAT_PLACES_GAP = re.compile(r"\s*,?\s+and\s+(?:(?:in|at)\s+)?[^.;]{3,80}?\s+(?:every|each)\s+", re.IGNORECASE)
_SHARED_HOURS = re.compile(r",\s*(both|all|each)\s+(?:from|at)\b", re.IGNORECASE)


def _share_listed_times(exprs: list[Expr], text: str) -> list[Expr]:
    """Days listed before hours give each of them those hours: "on Nov. 3 and Nov. 10, from 7 to 9 p.m." """
    for i in range(len(exprs) - 1, 0, -1):  # "on the 10th, 17th and 24th, every Wednesday evening from 7 p.m. ...": theirs
        a, b = exprs[i - 1], exprs[i]
        if b.first.grain == "repeat" and b.first.weekdays and b.clock is not None and b.last is None \
                and a.clock is None and a.last is None and a.first.grain == "day" and a.first.has_day \
                and _RESTATED_REPEAT_GAP.fullmatch(text, a.end, b.start):
            a.clock, a.clock_end, a.end_day_offset = b.clock, b.clock_end, b.end_day_offset
            del exprs[i]
    twins: list[Expr] = []
    for i in range(len(exprs) - 2, -1, -1):
        a, b = exprs[i], exprs[i + 1]
        if a.clock is None and a.clock_end is None and a.last is None and a.first.grain in ("day", "weekday") \
                and a.first.has_day and b.clock is not None and b.last is None and b.start == b.first.start \
                and not b.first.is_time and LIST_GAP.fullmatch(text, a.end, b.start) \
                and not (b.first.grain == "repeat" and _OPEN_START_BEFORE.search(text, max(0, a.start - 40), a.start)):
            # (but "will run until the 13th, weekdays 9:00~18:00": the last day of the hours, no day with them)
            a.clock, a.clock_end, a.end_day_offset = b.clock, b.clock_end, b.end_day_offset
            # ("on Saturday and Sunday at 2 p.m. and 6 p.m.": the later times of the last day are the first's too)
            for c in exprs[i + 2:]:
                if c.first is not b.first:
                    break
                twins.append(_at_another_time(a, c))
    for a, b in pairwise(exprs):  # "over two weekends, the 21st~22nd and 28th~29th, from 11 a.m. to 5 p.m.": both spans'
        if a.clock is None and a.clock_end is None and a.last is not None and b.clock is not None and b.last is not None \
                and a.first.grain == b.first.grain == "day" and (LIST_GAP.fullmatch(text, a.end, b.start)
                                                                 or _NEXT_PART_GAP.fullmatch(text, a.end, b.start)):
            # ("Session 1: July 22 (Mon.) ~ 26 (Fri.) / Session 2: July 29 (Mon.) ~ Aug. 2 (Fri.), 9:30~15:30 each day")
            a.clock, a.clock_end, a.end_day_offset = b.clock, b.clock_end, b.end_day_offset
    if twins:
        exprs = sorted(exprs + twins, key=lambda x: x.start)
    for i, b in enumerate(exprs):  # "the 1st session on the 18th (Sat) and the 2nd session on July 2 (Sat), both from ..."
        if b.clock is not None and b.last is None and (shared := _SHARED_HOURS.search(text, b.start, b.end)):
            days = [a for a in exprs[max(0, i - 4):i] if a.clock is None and a.clock_end is None and a.last is None
                    and a.first.has_day and a.first.grain in ("day", "weekday")]
            for a in days[-1:] if shared.group(1).lower() == "both" else days:
                a.clock, a.clock_end, a.end_day_offset = b.clock, b.clock_end, b.end_day_offset
    for a, b in pairwise(exprs):  # "every Tuesday in Yewcross-myeon and in Marrowfield-myeon every Thursday, 14:00~17:00"
        if a.first.grain == b.first.grain == "repeat" and a.clock is None and a.clock_end is None and b.clock is not None \
                and _REPEAT_PLACES_GAP.fullmatch(text, a.end, b.start):
            a.clock, a.clock_end, a.end_day_offset = b.clock, b.clock_end, b.end_day_offset
    lead = None  # "from 10 a.m. to noon on the 6th and 7th": the hours told first, for both (or all: "the 21st, 22nd and 25th")
    for a, b in pairwise(exprs):
        if a.clock is not None and a.last is None and a.start < a.first.start and a.first.grain in ("day", "weekday") \
                and a.first.has_day:
            lead = a
        if lead is not None and b.clock is None and b.clock_end is None and b.last is None and b.first.has_day \
                and b.first.grain in ("day", "weekday") and LIST_GAP.fullmatch(text, a.end, b.start):
            b.clock, b.clock_end, b.end_day_offset = lead.clock, lead.clock_end, lead.end_day_offset
        else:
            lead = None
    return exprs


def line_of(text: str) -> callable:
    """A function from an offset in `text` to its 1-based line number."""
    newlines = [m.start() for m in re.finditer("\n", text)]
    return lambda offset: bisect.bisect_right(newlines, offset - 1) + 1


def explain(m: Mention, anchor: date) -> str:
    """One line for a person: what was read, what it resolved to, and why."""
    value = m.iso(m.start) or "…"
    if m.end is not None:
        value += " → " + (m.iso(m.end) or "")
    parts = []
    if m.known:
        parts.append(" and ".join(m.known) + " from the text")
    if m.reason:
        parts.append(m.reason)
    return f"{m.text} → {value} ({m.grain}): {'; '.join(parts)} [rule: {m.rule}]"
