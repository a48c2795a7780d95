"""Split an article into items (one per organization) and sentences.

News roundups from Korean local governments open each item with the organization and its head:
"Riverside-gu (Mayor Kim Min-su) will hold ...". A paragraph that opens so starts a new item; the
organization keeps one name however often it reappears ("Riverside-gu, Seoul" is "Riverside-gu").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cached_property
from itertools import pairwise

from .dates import sentence_bounds
from .lexicon import ANY_BULLET, CIRCLED_NUMBERS, HEADING_BULLETS

_HEAD_TITLES = (
    r"(?:District\s+|County\s+|City\s+|Deputy\s+|Acting\s+)?(?:Mayor|Governor|Head|Chief|Superintendent|Chairman|Chairwoman|Speaker|"
    r"Chairperson|Chair|President|CEO|Director|Commissioner|Minister|Administrator|Executive|Abbot|Principal)"
)
# "Riverside-gu (Mayor Kim Min-su)", "Hill County, Gyeonggi (Governor ...)", "Hill-gun, South Bay Province (...)", "[Byline] Riverside-gu (...)",
# "Hill City in Gyeonggi Province (Mayor ...)", "East-gu, Bay City (Mayor ...)", "The Bay Office of Education
# (Superintendent ...)", "(Bay=News1) Reporter Kim Na-ri = East-gu (...)", "Meanwhile, Hill-gu (...)"
# (an item of a press digest may open on a bullet: "○ The Hill County Council (Chairperson ...) will hold ...")
# (or on a circled number, as numbered roundups do, after the byline too: "[Byline] ① Hill-gu (Mayor ...)")
_BULLET = rf"(?:[{ANY_BULLET}{CIRCLED_NUMBERS}][ \t]*)?"
_ITEM_OPENER = re.compile(
    r"^" + _BULLET + r"(?:\[[^\]]{0,80}\]\s*)?" + _BULLET + r"(?:\([^()]{0,40}=[^()]{0,40}\)\s*)?(?:Reporter(?:\s+[A-Z][\w-]*){1,3}\s*=\s*)?"
    r"(?:[A-Z][a-z]+(?:\s+[\w'’-]+){0,5},\s+)?(?:[Tt]he\s+)?"  # ("Ahead of the holiday, Hill-gun (County Governor ...)", "Meanwhile, the Hill Startup Hub (Director ...)")
    r"(?P<org>(?:[A-Z][\w'’.&-]*)(?:[ -](?:[A-Z][\w'’.&-]*|of|and|for))*?)"
    r"(?:,\s*(?:[A-Z][\w-]+\s+)?[A-Z][\w-]+(?:\s+(?:City|County|Province))?|\s+in\s+(?:[A-Z][\w-]+\s+){1,3}Province"
    r"|\s+in\s+(?P<within>[A-Z][a-z]+-(?:myeon|eup|dong|ri|gun?|si)))?\s*\(\s*"  # ("Brightwater Temple in Hollin-myeon (Abbot ...)")
    + rf"(?P<head>{_HEAD_TITLES})" + r"\b[^)]{0,60}\)"
)
# Items that open with no head in parentheses: "Meanwhile, Hill-gu announced on the 2nd that ...", "Over in
# Hill-gun, the county office will ...", "The Hill Cultural Foundation said ..." (not a library or a center told
# so: mostly the district's own, inside its item, "Hill Central Library will hold ...")
_NAMED_ORG = (r"[A-Z][a-z]+(?:-[a-z]+)?-(?:gu|gun|si)\b|(?:[A-Z][\w'’-]+\s+){1,4}(?:City|County)\b"
              r"|(?:[A-Z][\w'’-]+\s+){1,4}(?:Foundation|Office\s+of\s+Education)\b")
# ("Hill-gu, meanwhile, has canceled ...", "Hill-gu on Tuesday honored ...", "Hill-gu's ice rink opens ...")
_ASIDE = (r"(?:,\s*(?:meanwhile|too|also|for\s+its\s+part),|\s+(?:also|again|additionally)(?=\s+[a-z]{2,}ed\b)"  # ("Hill-gu also announced")
          r"|,\s+an?\s+(?:[\w'’-]+\s+){1,5}of\s+[^,]{3,50},"  # (", an affiliate of X City,")
          r"|\s+and\s+the\s+(?:[A-Z][\w'’-]+\s+){0,4}[A-Z][\w'’-]+(?:\s+\([^()]{0,60}\))?)?"  # ("Hill-si and the Hill Foundation (CEO ...) will")
          r"(?:\s+(?:on|this|last|next)\s+(?:the\s+\d{1,2}(?:st|nd|rd|th)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))?")
# a verb in the past ("Hill-gu celebrated", "Hill-gu reminded"), or one of those an item opens with in the present
# (any verb of the present: "Hill-gu wants its seniors to ...", "Hill City throws a book fair"; not a plural noun
# followed by its verb: "Hill-gu residents are also welcome")
_OPENING_VERB = (r"will|has|is|was|said|held|began|won|ran|set|took|gave|[a-z]{2,}ed|[a-z]{2,}(?<!ss)(?<!us)s"
                 r"(?!\s+(?:are|were|have|had|can|could|will|would|may|must|should|say|said|who|and|or|of|in|from|living|"
                 r"aged|also)\b)")
_HEADLINE_LIST = re.compile(r"\[[^\]]{0,80}\][^\n]*?(?:\.\.\.|…)\s*[A-Z]")  # "[Region News] Hill-gu holds ...... Sea-gu ..."
_PLAIN_OPENER = re.compile(
    r"^" + _BULLET + r"(?:\[[^\]]{0,80}\]\s*)?" + _BULLET + r"(?:(?:Meanwhile|Elsewhere|Separately|In\s+addition),\s+)?"
    rf"(?:(?:Over\s+|Out\s+)?[Ii]n\s+(?P<place>{_NAMED_ORG}),\s+(?:the\s+(?:district|county|city)\s+(?:office\s+)?)?"
    # ("The Hill History Museum, run by Hill-gu, is open ...")
    # ("Hill Arts Hall, operated by the Hill Cultural Foundation (CEO ...) of Hill-gu, will run ...")
    rf"|(?:The\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,5}},\s+(?:run|operated|managed)\s+by\s+(?:the\s+)?(?P<runner>{_NAMED_ORG})"
    rf"(?:\s*\([^()]{{0,60}}\))?(?:\s+(?:of|in)\s+(?:{_NAMED_ORG}))?,"
    # ("Aldergate Library in Aldergate-gu announced on the 26th that ...": a place of a district, told as its own)
    # ("Cloverdale Library in Marlow-gu, which reopened on the 2nd after a renovation, will celebrate ...")
    # ("Stonemere Temple on Mount Harlow in Cresswold-gun announced on the 9th that ...")
    rf"|(?:The\s+)?(?P<venue>(?:[A-Z][\w'’-]+\s+){{1,4}}(?:Library|Museum|Center|Centre|Temple))"
    r"(?:\s+(?:on|at)\s+(?:[A-Z][\w'’-]+\s+){1,3}?(?:[A-Z][\w'’-]+))?\s+in\s+(?:" + _NAMED_ORG + ")"
    r"(?:,\s+which\s+[^,.]{3,140},)?\s+(?:announced|said|will)\b"
    rf"|(?:The\s+)?(?P<org>{_NAMED_ORG})(?:\s+Office)?(?:['’]s\s|{_ASIDE}?\s+(?:{_OPENING_VERB})\b)"
    # ("The Wrenford Lifelong Learning Center announced on the 5th that ...": a body of the city, telling its own news)
    # ("Meanwhile, the Hill Transportation Corporation announced on the 23rd that ...")
    # ("The Hill Palace Management Office announced on the 1st that ...")
    # ("The Calderwick Waterworks Headquarters' Eastern Water Supply Office announced on the 10th that ...")
    r"|(?:[Tt]he\s+)?(?P<center>(?:[A-Z][\w'’-]+\s+){1,6}(?:Center|Centre|Library|Museum|Corporation|Agency|Office|Headquarters|Commission))"
    r"\s+announced\s+on\s+the\s+\d)"
)
# A bulletin's section heading: "■ Hill-gu Health Center brings dementia screening to three neighborhoods" (a bullet
# or a number, "2. '17th Hill Rose Festival' from May 31", then no "Field:" as in "■ Place: ...", and no sentence's end)
# (a field of a notice is no heading: "▶ Venue: ...", "▶ Round 2: Aug. 1~5", "▶ 1st round: ...")
_SECTION_HEADING = re.compile(rf"[ \t]*(?:[{HEADING_BULLETS}]|\d{{1,2}}\.(?=[ \t]))[ \t]*+(?!(?:\d{{1,2}}(?:st|nd|rd|th)[ \t]+)?[A-Za-z]+(?:[ \t]+[a-z]+)?(?:[ \t]+\d{{1,2}})?[ \t]*:)(?P<title>[^\n]{{3,200}}?)(?<![.!?])[ \t]*$")
_CIRCLED_HEADING = re.compile(rf"[ \t]*[{CIRCLED_NUMBERS}][ \t]*(?P<title>[^\n]{{3,200}}?)(?<![.!?])[ \t]*$")
# the organization a heading opens with: "Hill-gu", "Hill City Sports Council", "Hill Cultural Foundation"
_HEADING_ORG = re.compile(r"(?:The\s+)?(?P<org>[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|of))*)")
_ORG_WORD = re.compile(r"-gun?\b|\b(?:City|County|Foundation|Office\s+of\s+Education)\b")
_ORG_NAME = re.compile(
    r"\b[A-Z][a-z]+(?:-[a-z]+)?-(?:gu|gun|si|do)\b|\b(?:[A-Z][a-z]+\s){1,3}(?:City|County|Province|District)\b"
    r"|\bSeoul Metropolitan Government\b"
)


# An English daily's calendar column opens each item on its district in capitals: "SORREL-GU -- The ensemble ..."
_DATELINE = re.compile(r"[ \t]*(?P<org>[A-Z][A-Z'’]+(?:[ -][A-Z][A-Z'’]+){0,3}?(?:-GUN?|-SI|\s+CITY|\s+COUNTY))\s+(?:--|—|–)\s+")
_SUFFIX_CASE = re.compile(r"-(?:Gun?|Si)\b")
_LABEL = re.compile(r"[ \t]*[A-Z]{3,}(?:\s+[A-Z]{3,})?\s+(?:--|—|–)\s+")


@dataclass(frozen=True)
class Sentence:
    start: int  # offsets in the document text
    end: int
    line: int  # 1-based line of the document text

    def text_of(self, text: str) -> str:
        return text[self.start:self.end].strip()


@dataclass(frozen=True)
class Item:
    """A run of paragraphs about one organization; `organizer` is None for the headline part."""

    organizer: str | None
    start: int
    end: int
    sentences: tuple[Sentence, ...]

    @cached_property
    def sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]


def canonical_org(name: str) -> str:
    """One spelling per organization: drop a trailing ", Seoul" and spaces around hyphens."""
    name = re.sub(r",\s*[A-Z][\w-]+$", "", name.strip())
    name = re.sub(r"(-gun?)\s+Office$", r"\1", name)  # "Hill-gu Office (Mayor ...)": the district
    name = re.sub(r"^[A-Z][\w-]*-(?:gu|gun|si)['’]s\s+(?=[A-Z])", "", name)  # "Hill-gun's Hill Culture Foundation (CEO ...)"
    return re.sub(r"\s*-\s*", "-", name)


_DISTRICT_HEAD = re.compile(r"(?:District\s+|County\s+|City\s+|Deputy\s+|Acting\s+)?(?:Mayor|Governor|Head)\b")


def organizer_of(paragraph: str) -> str | None:
    m = _ITEM_OPENER.match(paragraph) if "(" in paragraph else None  # (most lines have no "(Mayor ...)")
    if m:
        if m.group("within") and _DISTRICT_HEAD.match(m.group("head")) and re.search(r"-(?:gun?|si)$", m.group("within")):
            return m.group("within")  # "The Hill Central Library in Hill-gu (Mayor ...) announced": the district's news
        return canonical_org(m.group("org"))
    if dateline := _DATELINE.match(paragraph):  # "SORREL-GU -- The Sorrel Chamber Ensemble opens ..."
        return _SUFFIX_CASE.sub(lambda s: s.group().lower(), dateline.group("org").title())
    paragraph = _LABEL.sub("", paragraph, count=1)  # ("CANCELED -- Hill-gu's ‘Night Market’ ...")
    m = _PLAIN_OPENER.match(paragraph) if not _HEADLINE_LIST.match(paragraph) else None
    return canonical_org(m.group("org") or m.group("place") or m.group("runner") or m.group("venue") or m.group("center")) \
        if m else None


def section_heading(line: str) -> bool:
    """Whether a line is a section heading of a bulletin: a title for the item below it, not news."""
    return _heading(line) is not None


def _heading(line: str) -> re.Match | None:
    first = line.lstrip()[:1]
    if first in CIRCLED_NUMBERS:  # ("③ Chuseok holiday: public facility closures": a numbered section's title)
        return _CIRCLED_HEADING.fullmatch(line)
    return _SECTION_HEADING.fullmatch(line) if first in HEADING_BULLETS or first.isdigit() else None


def _heading_organizer(line: str, next_line: str) -> str | None:
    """The organization a section heading is about: the one it opens with, else the one the next paragraph
    opens with ("■ Family musical moved to the 28th" above "Hill Cultural Foundation (CEO ...) said ...")."""
    title = _heading(line).group("title")  # type: ignore[union-attr]
    named = _HEADING_ORG.match(title)
    below = organizer_of(next_line)
    if named and _ORG_WORD.search(named.group("org")):
        org = canonical_org(named.group("org"))
        return below if below and org in below else org  # ("1. City Council to convene ...": "The Hill City Council (...)")
    return below


# ("The city will hold the ‘Children's Day Celebration’ ...", after the city council's item)
# ("Finally, the district's tax division reminded ...": one of its offices)
# ("During the holidays, the district will open ...", "To help the local economy, the district will hold ...")
_LEAD = r"(?:On|In|At|For|From|Starting|Beginning|During|After|Before|Since|Until|By|Through|Over|Under)\s"
_THE_KIND_OPENS = re.compile(r"(?:(?:Meanwhile|Also|In\s+addition|Separately|Finally|Lastly),\s+"
                             rf"|(?:{_LEAD}|To\s+[a-z]+\s)[^,.;]{{1,50}},\s+)?[Tt]he\s+(city|district|county)"
                             r"(?:['’]s\s+(?:[\w-]+\s+){1,3}?)?\s*"
                             r"\b(?:will|has|is|was|also|held|hosted|announced|said|plans|reminded|urged|asked|advised)\b")
_OF_KIND = {"city": re.compile(r"-si$|\sCity$"), "district": re.compile(r"-gu$"), "county": re.compile(r"-gun$|\sCounty$")}


def _returned_to(line: str, openers: list[tuple[int, str | None]]) -> str | None:
    """A paragraph that opens on "The city ..." after another body's item (a council's, a foundation's) returns
    to the city whose item came before it."""
    told = _THE_KIND_OPENS.match(line)
    if told is None or openers[-1][1] is None:
        return None
    kind = _OF_KIND[told.group(1)]
    if kind.search(openers[-1][1]):
        return None  # ("The district will also ..." goes on with the district's item)
    return next((org for _, org in reversed(openers) if org and kind.search(org)), None)


# a body of a city with news of its own: "The Hill Culture Foundation will bring back ...", "The Hill County Museum announced ..."
_BODY = re.compile(r"\b(?:Foundation|Corporation|Agency|Museum|Library|Center|Centre|Temple|Sports Council|Fire Station)$")
# a paragraph that opens on a name of its own: "Hill Central Library will hold ...", "The ‘Hill Lantern Festival’, ..."
# (after a phrase of time or place that leads the sentence, "In the new year, the ‘12th Alder Ice Fishing Festival’ ...";
# but "Starting January 6, the foundation's ..." tells of the body again, see _left_body)
_SUBORDINATOR = r"(?:Because|Although|Though|While|When|If|As|Once|Unless|Whether)\s"  # ("Because Christmas and ...": no name)
_OPENS_ON_A_NAME = re.compile(rf"(?:{_LEAD}(?:[^,.;]|(?<=[A-Z][a-z]{{2}})\.){{1,40}},\s+|(?:Meanwhile|Finally|Lastly|Separately|In\s+addition),\s+)?(?:[Tt]he\s+)?"
                              rf"(?P<name>[‘'“\"](?:\d{{1,4}}(?:st|nd|rd|th)?\s+)?[A-Z][\w'’-]*|(?!{_LEAD}|{_SUBORDINATOR})[A-Z][\w'’-]*\s+[A-Z][\w'’-]*)")


_SPEECH = re.compile(r"[“\"][^”\"]{10,}?[,.!?]?[”\"]\s*,?\s*(?:[A-Z][\w-]*\s+){0,3}(?:said|added|stressed|explained)\b"
                     r"|[“\"][^”\"]{10,}[,.!?][”\"]")  # ("“Although we cannot meet in person, ...,” CEO Min said.")


def _left_body(line: str, openers: list[tuple[int, str | None]], told: str) -> str | None:
    """A paragraph that opens on another name after a body's item (a foundation's, a museum's) is no longer that
    body's news: it returns to the city or district whose item came before. `told` is the body's item so far."""
    body = openers[-1][1]
    if body is None or not _BODY.search(body) or not (named := _OPENS_ON_A_NAME.match(line)) \
            or body.startswith(name := named.group("name").lstrip("‘'“\"")) or _ORG_NAME.match(line, named.start("name")) \
            or re.search(rf"\b(?:the|its)\s+{body.split()[-1].lower()}\b", line[:300]):
        return None  # (nor one that tells of the body again, "The ‘Night Concert’ at the museum ...", or of a city: "Fir
        # City residents are also welcome")
    back = next((org for _, org in reversed(openers) if org and any(kind.search(org) for kind in _OF_KIND.values())), None)
    town = body.split()[0]
    if name in told or _SPEECH.match(line) \
            or not (back or "").startswith(town) and re.search(rf"\b{re.escape(town)}\b", line[:300]):
        return None  # (nor one that goes on about what the body's item named, "The Book Bus, a 45-seat bus ...", or
        # about its town, when that is not the district's: "... photos of autumn scenery in Caldmoor"; nor its head's words)
    return back


_OPENS_ON_A_BODY = re.compile(rf"(?:{_LEAD}[^,.;]{{1,50}},\s+)?(?:[Tt]he\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{1,5}})"
                              r"\s+(?:will|has|is|also|announced|said)\b")


def _back_to_body(line: str, openers: list[tuple[int, str | None]]) -> str | None:
    """A paragraph whose subject is a body that had an item of its own earlier ("The Hill Family Center will also take
    applications ...", after the district's item) is that body's news again."""
    named = _OPENS_ON_A_BODY.match(line)
    if named is None or named.group("name") == openers[-1][1] or not _BODY.search(named.group("name")):
        return None
    return next((org for _, org in openers if org == named.group("name")), None)


_IN_PLACE = re.compile(r"\s*(?:Over\s+|Out\s+)?[Ii]n\s")


def split_items(text: str, starts: list[int] | None = None) -> list[Item]:
    """Items in reading order. Text before the first opener is the headline part (organizer None);
    an article with no opener at all is one item about the first organization it names.
    `starts` are the text's sentence_bounds when the caller has them already."""
    if starts is None:
        starts = sentence_bounds(text)
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    lines = text.split("\n")  # (one per line start)
    openers: list[tuple[int, str | None]] = [(0, None)]
    main: str | None = None  # the organization the article is from, for a numbered heading that names none
    for i, (pos, line) in enumerate(zip(line_starts, lines)):
        heading = section_heading(line)
        if heading:  # (the item starts at its heading, whoever the heading names)
            org = _heading_organizer(line, next((after for after in lines[i + 1:] if after.strip()), ""))
            if org is None and line.lstrip()[:1].isdigit():
                # ("2. 'Chestnut Festival' on Oct. 22~24" over "○ The county and ... will hold"): the digest's own
                main = main or (canonical_org(named.group()) if (named := _ORG_NAME.search(text)) else None)
                org = main
        else:
            org = organizer_of(line) or _returned_to(line, openers) or _back_to_body(line, openers) \
                or _left_body(line, openers, text[openers[-1][0]:pos])
        if org and not heading and (openers[-1][1] or "").startswith(org + " ") and _IN_PLACE.match(line):
            org = None  # ("In Hill-gu, 17 council members will be elected", in the Hill-gu Election Commission's item)
        # ("Hill-gu will also ..." goes on with Hill-gu's item; a heading opens one, even of the same organization:
        # a city's newsletter tells of one thing per numbered section)
        if org and (org != openers[-1][1] or heading):
            openers.append((pos, org))
    if len(openers) == 1:
        first_break = text.find("\n")
        first_line = text[:first_break].strip() if first_break >= 0 else ""
        # A headline is short and does not end like a sentence; otherwise the first line is the story.
        headline = 0 <= first_break < 300 and not re.search(r"[.!?][\"'”’)]*$", first_line)
        body_start = first_break + 1 if headline else 0
        named = _ORG_NAME.search(text, body_start)
        openers.append((body_start, canonical_org(named.group()) if named else None))
    # ("Dunmere Metropolitan City announced ... Dunmere City announced ...": one city, by the name it was first given)
    full = {org.replace(" Metropolitan City", " City"): org for _, org in openers if org and org.endswith(" Metropolitan City")}
    openers = [(pos, full.get(org, org) if org else org) for pos, org in openers]
    sentence_spans = list(pairwise([*starts, len(text)]))
    items = []
    for (lo, org), (hi, _) in pairwise([*openers, (len(text), None)]):
        if hi <= lo and not hi == lo == 0:
            continue
        first, last = bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)
        sents = tuple(Sentence(s_lo, min(s_hi, hi), bisect.bisect_right(line_starts, s_lo))
                      for s_lo, s_hi in sentence_spans[first:last] if text[s_lo:s_hi].strip())
        items.append(Item(org, lo, hi, sents))
    return items
