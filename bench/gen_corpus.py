#!/usr/bin/env python3
"""Writes a synthetic, fictional news corpus for benchmarking Chorus (Python 3.11, stdlib only).

    bench/gen_corpus.py --articles 20000 --out bench/corpora/n20000 [--seed 7] [--workers 2] [--wire-copies N]

N files, 1000 per folder (shard-00000/, shard-00001/, ...), about 4 KB each, shaped like the
pages the job reads (data/sample): 20 outlets, each with its own plain-text dump or HTML template
(menus, cookie banners, share lines, "you may also like" teasers, newsletters, footers), some
gzip-compressed and some in windows-1252. About N/10 events, each reported by several outlets with
name variants (transliterations, one-letter typos), places, dates and weekdays, durations,
quantities and quoted speakers, now and then a contradicting figure; wire stories reprinted under
several mastheads with a local intro, a dropped sentence or a new headline; and about 2% bad files
(empty, binary, damaged gzip, control characters, an index page with no article).

With --wire-copies N (200-1,000 is what agencies' stories really get), about a quarter of the files
are mass reprints: a few wire stories, each printed N times across the outlets with the edits
reprints make (a new headline, a local intro line, two paragraphs swapped, a figure or a name's
spelling edited, a paragraph cut). Each story's reprints, with its own 2-4 ordinary reprints, are
one copy group; .chorus-copies.json lists every copy group's files (for bench/score_copies.py).

Every name is invented from syllables. The output depends only on N and the seed: each event
and each file draws from its own random generator, so the worker count does not matter.
A manifest .chorus-corpus.json (hidden from Spark's listing) records N, the seed and the bytes.
"""
import argparse
import gzip
import hashlib
import json
import os
import random
import re
import sys
from multiprocessing import Pool

PER_FOLDER = 1000
BAD_SHARE = 0.02

# ---------------------------------------------------------------- the invented world

SYL = ["ka", "dro", "vel", "mar", "tor", "len", "vis", "bra", "nor", "sel", "dun", "rik", "lo", "ves",
       "tan", "gor", "mi", "zan", "fel", "bri", "hol", "ost", "ru", "dal", "ker", "vin", "sar", "pel",
       "tam", "ny", "bor", "lis", "kre", "van", "mo", "del", "gra", "thu", "el", "an"]
FIRST = ["Marek", "Irena", "Ilya", "Yury", "Anton", "Tomas", "Clara", "Agnes", "Jonas", "Hanne", "Piet",
         "Lena", "Ines", "Teodor", "Mila", "Britt", "Oskar", "Vera", "Dmitri", "Aleksei", "Katya", "Sven",
         "Nadia", "Fedor", "Lukas", "Ada", "Emil", "Greta", "Pavel", "Rosa", "Ivo", "Yelena", "Arvid",
         "Selma", "Kasimir", "Tove", "Mattis", "Zoya", "Oleg", "Liv"]
SURNAME_END = ["ov", "ova", "ski", "ren", "dahl", "holm", "ik", "stad", "ev", "an", "berg", "vic", "ssen"]
TITLES = ["President", "Prime Minister", "Foreign Minister", "Defence Minister", "Finance Minister",
          "special envoy", "presidential aide", "Chancellor", "Mayor", "union leader", "Interior Minister",
          "central bank governor", "opposition leader", "Health Minister"]
VENUES = ["Palace", "Library", "House", "Hall", "Pavilion", "Residence", "Conference Centre"]
VENUE_ADJ = ["Granite", "Admiralty", "Amber", "Northern", "Old", "Crown", "Harbour", "Lantern", "Copper"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
NUM_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
             "eleven", "twelve"]
AGENCIES = [("NPA", "Northern Press Agency"), ("CWN", "Continental Wire News"), ("BPS", "Baltor Press Service")]
SECTIONS = ["World", "Politics", "Business", "Climate", "Opinion", "Sport", "Culture", "Science", "Europe"]


FUNCTION_WORDS = ["the", "of", "and", "to", "in", "a", "that", "for", "on", "with", "as", "by", "it", "was",
                  "from", "at", "not", "but", "more", "than", "would", "could", "its", "their", "after"]
# real prose rarely repeats five words in a row across stories: quotes and background draw from a
# few thousand invented words, so shared word 5-grams come from the events' facts, not from filler
_LEX = random.Random("lexicon")
LEXICON = sorted({"".join(_LEX.choice(SYL) for _ in range(1 + i % 3)) for i in range(12000)})


def prose(rng, lo, hi):
    out = []
    for _ in range(rng.randint(lo, hi)):
        out.append(rng.choice(FUNCTION_WORDS) if rng.random() < 0.35 else rng.choice(LEXICON))
    return " ".join(out)


def word(rng, n):
    return "".join(rng.choice(SYL) for _ in range(n)).capitalize()


def days_to_date(d):
    """Day number since 2024-01-01 -> (year, month, day, weekday); a plain proleptic calendar."""
    import datetime
    x = datetime.date(2024, 1, 1) + datetime.timedelta(days=d)
    return x.year, x.month, x.day, x.weekday()


class World:
    """Countries, people and places; sized with the corpus so that names recur but do not all collide."""

    def __init__(self, seed, n_events):
        rng = random.Random(f"world-{seed}")
        self.countries = sorted({word(rng, 2) + rng.choice(["ia", "mark", "land", "ova", "stan"])
                                 for _ in range(40)})
        n_people = max(200, n_events // 2)
        self.people = []
        seen = set()
        while len(self.people) < n_people:
            name = rng.choice(FIRST) + " " + word(rng, rng.choice([1, 2])) + rng.choice(SURNAME_END)
            if name in seen:
                continue
            seen.add(name)
            self.people.append((name, rng.choice(TITLES), rng.choice(self.countries)))
        self.cities = sorted({word(rng, rng.choice([2, 3])) for _ in range(max(100, n_events // 5))})
        self.outlets = []
        for i in range(20):
            name = rng.choice(["The ", "", ""]) + word(rng, 2) + " " + (
                ["Herald", "Post", "Gazette", "Observer", "Times", "Review", "Courant", "Chronicle", "Ledger",
                 "Daily", "Tribune", "Journal", "Standard", "Courier", "Express", "Mercury", "Sentinel", "Star",
                 "Record", "Dispatch"][i])
            self.outlets.append(Outlet(i, name, rng))


class Outlet:
    def __init__(self, i, name, rng):
        self.i = i
        self.name = name
        self.slug = name.lower().replace("the ", "").replace(" ", "")
        self.html = i % 2 == 1                  # half the outlets publish HTML, half are text dumps
        self.style = i % 5                      # which template family
        self.date_style = i % 4
        self.gzip = i in (4, 13)                # some crawls stored compressed
        self.cp1252 = i in (6, 15)              # some pages not in UTF-8
        self.menu = rng.sample(SECTIONS, 6)
        self.newsletter = f"Sign up for {name.replace('The ', '')} {rng.choice(['Briefing', 'Morning', 'Digest', 'Daily'])}, our free newsletter."
        self.cookie = rng.choice([
            "We use cookies to personalise content and ads and to analyse our traffic.",
            "By using this site, you agree to the Privacy Policy and Terms of Use.",
            "This website uses cookies to improve your experience. Accept all or manage preferences."])
        self.footer = rng.choice(["© 2025 {n}. All rights reserved.", "Copyright © 2025 {n}. All rights reserved.",
                                  "Copyright {n} Media 2025"]).format(n=name)
        self.byliners = [rng.choice(FIRST) + " " + word(rng, 2) + rng.choice(SURNAME_END) for _ in range(6)]


def fmt_date(outlet, d, rng):
    y, m, day, wd = days_to_date(d)
    s = outlet.date_style
    if s == 0:
        return f"{MONTHS[m - 1]} {day}, {y}"
    if s == 1:
        return f"{day:02d}/{m:02d}/{y} {rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}"
    if s == 2:
        return f"Published: {y}-{m:02d}-{day:02d}"
    return f"{WEEKDAYS[wd][:3]} {day} {MONTHS[m - 1][:3]} {y} {rng.randint(6, 22):02d}:{rng.randint(0, 59):02d} GMT"


def variant(rng, name):
    """A spelling another outlet might print: transliteration, dropped diacritic or a one-letter typo."""
    first, last = name.split(" ", 1)
    r = rng.random()
    if r < 0.25 and first.endswith("y"):
        return first[:-1] + "i " + last
    if r < 0.4 and last.endswith("ov"):
        return first + " " + last[:-2] + "off"
    if r < 0.5 and "ks" in last:
        return first + " " + last.replace("ks", "x")
    if r < 0.58 and len(last) > 4:                 # transposed letters: the typo the sample plants
        k = rng.randint(1, len(last) - 3)
        return first + " " + last[:k] + last[k + 1] + last[k] + last[k + 2:]
    return name


# ---------------------------------------------------------------- events and their reports

def event_size(seed, e, wire_copies=0):
    """How many pages report event e: with wire_copies, a mass-reprinted story has that many."""
    if is_mass_wire(seed, e, wire_copies):
        return wire_copies
    return random.Random(f"size-{seed}-{e}").randint(5, 14)


def is_mass_wire(seed, e, wire_copies):
    """Whether event e is a story reprinted wire_copies times: chosen so that about a quarter of the files are."""
    if wire_copies < 2:
        return False
    share = 2.375 / (0.75 * wire_copies + 2.375)   # p*N = (p*N + (1-p)*9.5) / 4, 9.5 pages per other event
    return random.Random(f"mass-{seed}-{e}").random() < share


class Event:
    def __init__(self, world, seed, e, n_events, wire_copies=0):
        rng = random.Random(f"event-{seed}-{e}")
        self.rng = rng
        self.kind = rng.choices(["meeting", "disaster", "strike"], [0.6, 0.25, 0.15])[0]
        self.day = rng.randint(0, 700)
        self.city = rng.choice(world.cities)
        self.country = rng.choice(world.countries)
        # a few people are in the news all the time, most only now and then
        pool = world.people[:40] if rng.random() < 0.1 else world.people
        self.people = rng.sample(pool, 4)
        self.venue = f"{rng.choice(VENUE_ADJ)} {rng.choice(VENUES)}"
        self.hours = rng.randint(2, 6)
        self.count = rng.choice([12, 19, 23, 48, 64, 120, 350, 2300, 4800])
        self.amount = rng.randint(2, 40)
        self.quotes = [self.sentence_quote(rng) for _ in range(3)]
        # drawn from its own generator: main() replays it to number the files without building events
        self.n_reports = event_size(seed, e, wire_copies)
        self.wire = rng.random() < 0.5
        self.agency = rng.choice(AGENCIES)
        self.mass = is_mass_wire(seed, e, wire_copies)

    @staticmethod
    def sentence_quote(rng):
        return prose(rng, 7, 14).capitalize()


def facts(ev, rng, world, spell, conflict):
    """The event's reportable sentences, each a paragraph; spelling and figures as this outlet prints them."""
    a, b, c, d = ev.people
    na, nb, nc, nd = (spell(p[0]) for p in ev.people)
    la, lb, lc = (n.split(" ", 1)[1] for n in (na, nb, nc))
    y, m, day, wd = days_to_date(ev.day)
    when = rng.choice([f"on {WEEKDAYS[wd]}", f"on {MONTHS[m - 1]} {day}", f"on {WEEKDAYS[wd]}, {MONTHS[m - 1]} {day}"])
    hours = ev.hours + (rng.choice([-1, 2]) if conflict else 0)
    hours = max(1, hours)
    hw = NUM_WORDS[hours] if hours <= 12 else str(hours)
    dur = rng.choice([f"for {hw} hours", f"for more than {hours} hours", f"for about {hw} hours"])
    count = ev.count + (ev.count // 2 if conflict else 0)
    ta = ("former " + a[1]) if conflict and rng.random() < 0.5 else a[1]
    p = []
    if ev.kind == "meeting":
        p.append(f"{b[2]}'s {b[1]} {nb} met {a[2]}'s {ta} {na} at the {ev.venue} in {ev.city} {when}, "
                 f"the {rng.choice(['first', 'second', 'latest'])} direct contact between the two governments this year.")
        p.append(f"The {hw}-hour meeting was also attended by {c[1]} {nc}, according to a statement issued afterwards.")
        p.append(f"\u201c{ev.quotes[0]},\u201d {c[1]} {nc} told reporters outside the {ev.venue.split()[-1].lower()}.")
        p.append(f"The two sides talked {dur} about a {ev.amount}-point plan and a \u20ac{ev.amount} billion credit, officials said.")
        p.append(f"Speaking later in the evening, {lb} struck a cautious tone. \u201c{ev.quotes[1]},\u201d he said.")
        p.append(f"Officials said {count} detainees could be released before the next round.")
        p.append(f"{ta.capitalize()} {la} did not speak to the press, and {nd} declined to comment.")
    elif ev.kind == "disaster":
        p.append(f"{NUM_WORDS[min(count, 12)].capitalize() if count <= 12 else count} people died when the river flooded "
                 f"{ev.city} {when}, the authorities of {ev.country} said.")
        p.append(f"More than {count * 10:,} residents were evacuated, and at least {rng.randint(2, 9)} are missing.")
        p.append(f"\u201c{ev.quotes[0]},\u201d Mayor {na} said at a press conference in {ev.city}.")
        p.append(f"Rescue teams worked {dur} through the night, {c[1]} {nc} said.")
        p.append(f"{nb}, the {b[1]}, promised \u20ac{ev.amount} million in emergency aid. \u201c{ev.quotes[1]},\u201d {lb} said.")
    else:
        p.append(f"About {count * 10:,} workers walked out in {ev.city} {when}, the largest strike in {ev.country} in years.")
        p.append(f"The strike lasted {hw} hours and halted trains and ports, union leader {na} said.")
        p.append(f"\u201c{ev.quotes[0]},\u201d {la} told a rally in front of the {ev.venue}.")
        p.append(f"{b[1]} {nb} offered a {ev.amount}% pay rise. \u201c{ev.quotes[1]},\u201d {lb} said.")
        p.append(f"Talks {dur} with {c[1]} {nc} ended without agreement, both sides said.")
    # background that pads the story to a realistic length
    for _ in range(rng.randint(6, 9)):
        p.append(f"{rng.choice(['Diplomats', 'Analysts', 'Residents', 'Officials', 'Observers'])} in {rng.choice([ev.city, rng.choice(world.cities)])} "
                 f"said {prose(rng, 10, 18)} before {MONTHS[rng.randint(0, 11)]}. "
                 f"{prose(rng, 8, 16).capitalize()}, {rng.choice(['one of them', 'another', 'a spokesman', 'a local official'])} "
                 f"{rng.choice(['added', 'said', 'noted', 'told us'])}.")
    return p


def headline(ev, rng, spell):
    na, nb = spell(ev.people[0][0]), spell(ev.people[1][0])
    if ev.kind == "meeting":
        return rng.choice([f"{na.split()[1]} and {nb.split()[1]} hold {NUM_WORDS[ev.hours]}-hour talks in {ev.city}",
                           f"{nb} meets {na} at the {ev.venue}", f"Talks in {ev.city}: what {na.split()[1]} and {nb.split()[1]} agreed"])
    if ev.kind == "disaster":
        return rng.choice([f"Flood in {ev.city}: death toll rises", f"{ev.city} counts the cost of the flood"])
    return rng.choice([f"Strike paralyses {ev.city}", f"Workers walk out across {ev.country}"])


# ---------------------------------------------------------------- page templates

def text_page(o, title, standfirst, byline, date, paras, teasers, rng):
    L = []
    if o.style in (0, 2):
        L += ["Skip to content"]
    else:
        L += [o.cookie, "Accept"]
    L.append(o.name)
    L += [f"  \u2022 {s}" for s in o.menu]
    L.append(rng.choice(["Subscribe \u00b7 Sign in", "Font ResizerAa", "Search"]))
    L += ["\u2022 Home/", f"  \u2022 {o.menu[0]}/", f"  \u2022 {title}", "", title, "", standfirst, "", byline, date,
          "Share on Facebook \u00b7 Share on X \u00b7 Copy link", "", "Advertisement \u00b7 Scroll to continue", ""]
    for k, para in enumerate(paras):
        L += [para, ""]
        if k == 3 and teasers:
            L += [f"ALSO READ: {teasers[0]}", ""]
    topics = " \u00b7 ".join(o.menu[:3])
    L += ["Share on Facebook \u00b7 Share on X \u00b7 Copy link", f"Topics: {topics}", "",
          f"More from {o.menu[0]}"]
    L += [f"  \u2022 {t}" for t in teasers]
    if o.style in (1, 3):
        L += ["Leave a Comment", "Your email address will not be published. Required fields are marked *",
              "Name*", "Email*", "Post Comment"]
    L += [o.newsletter, "Email address", "Sign up", "About us \u00b7 Contact \u00b7 Corrections \u00b7 Privacy \u00b7 Terms",
          o.footer]
    return "\n".join(L) + "\n"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_page(o, title, standfirst, byline, date, iso, paras, teasers, url, rng, charset):
    cls = ["story", "article", "post", "entry", "content"][o.style]
    body_cls = ["story-body", "article-body", "post-content", "entry-content", "text"][o.style]
    nav = "".join(f'<li><a href="/{s.lower()}">{s}</a></li>' for s in o.menu)
    ps = "\n".join(f"    <p>{esc(p)}</p>" for p in paras)
    teas = "\n".join(f'    <li><a href="/{o.menu[0].lower()}/{hashlib.md5(t.encode()).hexdigest()[:8]}">{esc(t)}</a></li>'
                     for t in teasers)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="{charset}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | {esc(o.name)}</title>
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(title)}">
<meta property="og:site_name" content="{esc(o.name)}">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{iso}">
<link rel="canonical" href="{url}">
<script async src="/static/js/ads.js"></script>
</head>
<body class="{cls}-page">
<div id="cookie-banner" class="cookie-banner"><p>{esc(o.cookie)}</p><button>Accept all</button> <button>Reject</button></div>
<header class="site-header"><a class="logo" href="/">{esc(o.name)}</a>
  <nav class="main-nav"><ul>{nav}</ul></nav>
  <a class="subscribe" href="/subscribe">Subscribe from $1 a week</a>
</header>
<main>
<nav class="breadcrumbs"><a href="/">Home</a> \u203a <a href="/{o.menu[0].lower()}">{o.menu[0]}</a></nav>
<article class="{cls}">
  <header><h1>{esc(title)}</h1>
    <p class="standfirst">{esc(standfirst)}</p>
    <p class="byline">{esc(byline)}</p>
    <time datetime="{iso}">{esc(date)}</time>
  </header>
  <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email</a></div>
  <div class="ad-slot">Advertisement \u00b7 Scroll to continue</div>
  <div class="{body_cls}">
{ps}
  </div>
</article>
<aside class="related"><h3>You may also like</h3><ul>
{teas}
  </ul>
  <h3>Newsletter</h3><p>{esc(o.newsletter)}</p>
  <form><input type="email" placeholder="Email address"><button>Sign up</button></form>
</aside>
</main>
<footer class="site-footer"><ul><li><a href="/about">About us</a></li><li><a href="/privacy">Privacy</a></li></ul>
  <p>{esc(o.footer)}</p>
</footer>
</body>
</html>
"""


def render(world, o, ev, rng, paras, title, pub_day):
    y, m, d, _ = days_to_date(pub_day)
    iso = f"{y}-{m:02d}-{d:02d}T{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}:00Z"
    date = fmt_date(o, pub_day, rng)
    byline = "By " + rng.choice(o.byliners)
    standfirst = f"{rng.choice(['What we know', 'The latest', 'Analysis'])}: {ev.kind} in {ev.city} as {ev.country} waits for answers"
    teasers = [f"{word(rng, 2)} {rng.choice(['warns', 'says', 'plans', 'rejects'])} {rng.choice(['new taxes', 'a deal', 'the budget', 'talks'])}"
               for _ in range(3)]
    if o.html:
        url = f"https://www.{o.slug}.example/{o.menu[0].lower()}/{y}/{m:02d}/{d:02d}/{hashlib.md5(title.encode()).hexdigest()[:12]}"
        text = html_page(o, title, standfirst, byline, date, iso, paras, teasers, url, rng,
                         "windows-1252" if o.cp1252 else "utf-8")
    else:
        text = text_page(o, title, standfirst, byline, date, paras, teasers, rng)
    data = text.encode("cp1252", errors="replace") if o.cp1252 else text.encode("utf-8")
    if o.gzip:
        return data, ".txt.gz" if not o.html else ".html.gz", True
    return data, ".html" if o.html else ".txt", False


def wire_story(ev, seed, e, world):
    """The agency's own text of the event, as every outlet that runs it receives it."""
    paras = facts(ev, random.Random(f"wire-{seed}-{e}"), world, lambda n: n, False)
    paras[0] = f"{ev.city.upper()}, {MONTHS[days_to_date(ev.day)[1] - 1]} {days_to_date(ev.day)[2]} ({ev.agency[0]}) - " + paras[0]
    paras[-1] += f" ({ev.agency[0]})"
    return paras


def event_pages(world, ev, seed, e):
    """Every page reporting one event: (outlet slug, bytes, extension, gzip?, wire reprint?)."""
    if ev.mass:
        return mass_reprints(world, ev, seed, e)
    rng = ev.rng
    outlets = rng.sample(world.outlets, min(ev.n_reports, 20))
    pages = []
    n_wire = rng.randint(2, 4) if ev.wire else 0
    wire_paras = None
    for k, o in enumerate(outlets):
        r = random.Random(f"page-{seed}-{e}-{k}")
        spell = (lambda n, r=r: variant(r, n)) if r.random() < 0.3 else (lambda n: n)
        pub = ev.day + r.choice([0, 0, 1, 1, 2])
        if k < n_wire:
            if wire_paras is None:   # the agency's story, once, then reprinted
                wire_paras = wire_story(ev, seed, e, world)
            paras = list(wire_paras)
            if r.random() < 0.5:
                paras.insert(0, f"{o.name} readers asked us about this story; here is the report from {ev.agency[1]}.")
            if r.random() < 0.5 and len(paras) > 5:
                del paras[r.randint(3, len(paras) - 2)]
            title = headline(ev, r, spell)
        else:
            paras = facts(ev, r, world, spell, r.random() < 0.08)
            title = headline(ev, r, spell)
        pages.append((o.slug,) + render(world, o, ev, r, paras, title, pub) + (k < n_wire,))
    return pages


NUMBER_RE = re.compile(r"\b\d+\b")


def mass_reprints(world, ev, seed, e):
    """A wire story run by n_reports outlets (with repeats: 20 templates), each with its own edits."""
    story = wire_story(ev, seed, e, world)
    pages = []
    for k in range(ev.n_reports):
        r = random.Random(f"reprint-{seed}-{e}-{k}")
        o = r.choice(world.outlets)
        paras = list(story)
        if r.random() < 0.3:                                   # two background paragraphs swapped
            i = r.randint(3, len(paras) - 2)
            paras[i], paras[i + 1] = paras[i + 1], paras[i]
        if r.random() < 0.3:                                   # a figure edited
            i = r.randrange(len(paras))
            paras[i] = NUMBER_RE.sub(lambda m: str(int(m.group()) + r.randint(1, 9)), paras[i], count=1)
        if r.random() < 0.3:                                   # a name spelled the outlet's way
            name = ev.people[0][0]
            paras = [p.replace(name, variant(r, name)) for p in paras]
        if r.random() < 0.3 and len(paras) > 6:                # a paragraph cut for space
            del paras[r.randint(3, len(paras) - 2)]
        if r.random() < 0.5:                                   # a local intro line
            paras.insert(0, f"{word(r, 2).capitalize()} readers have followed this story closely; "
                            f"the {o.name} runs the {ev.agency[1]} report below.")
        title = headline(ev, r, lambda n: n)
        pub = ev.day + r.choice([0, 0, 1, 1, 2, 3])
        pages.append((o.slug,) + render(world, o, ev, r, paras, title, pub) + (True,))
    return pages


# ---------------------------------------------------------------- bad files

def bad_file(rng, world):
    kind = rng.choice(["empty", "binary", "gzip", "undecodable", "index"])
    if kind == "empty":
        return b"", ".txt"
    if kind == "binary":
        return b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(3000)) + b"\x00" * 200, ".bin"
    if kind == "gzip":
        full = gzip.compress(("Some page text that was cut off\n" * 100).encode(), mtime=0)
        return full[: len(full) // 2], ".txt.gz"
    if kind == "undecodable":
        return ("".join(chr(rng.randrange(1, 9)) + "x" for _ in range(1500))).encode("utf-8"), ".txt"
    o = rng.choice([w for w in world.outlets if not w.html])
    lines = [o.cookie, "Accept", o.name] + [f"  \u2022 {s}" for s in o.menu] + [f"Latest in {o.menu[0]}"]
    lines += [f"  \u2022 {word(rng, 2)} {rng.choice(['warns', 'says', 'plans'])} {rng.choice(['a deal', 'talks'])}" for _ in range(8)]
    lines += [o.newsletter, o.footer]
    return ("\n".join(lines) + "\n").encode("utf-8"), ".txt"


# ---------------------------------------------------------------- driver

def write_range(args):
    seed, n, out, e0, e1, starts, n_events, wire_copies = args
    world = World(seed, n_events)
    written = 0
    nbytes = 0
    copies = {}
    for e in range(e0, e1):
        ev = Event(world, seed, e, n_events, wire_copies)
        for k, (slug, data, ext, gz, wire) in enumerate(event_pages(world, ev, seed, e)):
            i = starts[e] + k
            if i >= n:
                break
            r = random.Random(f"bad-{seed}-{i}")
            name = f"{slug}-{i:07d}"
            if r.random() < BAD_SHARE:
                data, ext = bad_file(r, world)
                name = f"file-{i:07d}"
            elif gz:
                data = gzip.compress(data, mtime=0)
            folder = os.path.join(out, f"shard-{i // PER_FOLDER:05d}")
            os.makedirs(folder, exist_ok=True)
            with open(os.path.join(folder, name + ext), "wb") as f:
                f.write(data)
            written += 1
            nbytes += len(data)
            if wire and not name.startswith("file-"):
                copies.setdefault(e, []).append(f"shard-{i // PER_FOLDER:05d}/{name}{ext}")
    return written, nbytes, copies


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, required=True, help="number of files to write (1..1,000,000)")
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--wire-copies", type=int, default=0,
                    help="reprint some wire stories this many times each (about a quarter of the files)")
    a = ap.parse_args()
    if not 1 <= a.articles <= 1_000_000:
        ap.error("--articles must be between 1 and 1,000,000")
    n = a.articles
    # event sizes first (sequential, cheap), then the pages in parallel
    starts, total, e = [], 0, 0
    while total < n:
        starts.append(total)
        total += event_size(a.seed, e, a.wire_copies)
        e += 1
    n_events = len(starts)
    os.makedirs(a.out, exist_ok=True)
    chunk = max(1, n_events // (a.workers * 8))
    tasks = [(a.seed, n, a.out, s, min(n_events, s + chunk), starts, n_events, a.wire_copies)
             for s in range(0, n_events, chunk)]
    with Pool(a.workers) as pool:
        results = pool.map(write_range, tasks)
    written = sum(r[0] for r in results)
    nbytes = sum(r[1] for r in results)
    manifest = {"articles": n, "files": written, "seed": a.seed, "events": n_events, "bytes": nbytes}
    if a.wire_copies:
        manifest["wire_copies"] = a.wire_copies
    # the truth of the copy groups: every group of two or more reprints of one agency story
    groups = sorted(sorted(files) for r in results for files in r[2].values() if len(files) > 1)
    with open(os.path.join(a.out, ".chorus-copies.json"), "w") as f:
        json.dump(groups, f)
    with open(os.path.join(a.out, ".chorus-corpus.json"), "w") as f:
        json.dump(manifest, f)
    print(json.dumps(manifest))


if __name__ == "__main__":
    sys.exit(main())
