#!/usr/bin/env python3
"""Regenerates the sample files that cannot be written as plain UTF-8 text.

Deterministic: running it twice gives byte-identical files.

    python3 data/make_binary_samples.py

Writes, under data/sample/:
  lowfield-gazette-kadrovo-envoy.txt      windows-1252 plain text (not valid UTF-8)
  civic-ledger-orvel-talks.html           HTML declaring and encoded in windows-1252
  tidewater-observer/tw-kadrovo-three-hour-talks.txt   UTF-8 with a byte order mark
  eastbank-chronicle-orvel.txt.gz         gzip of a UTF-8 text dump (mtime=0)
  empty.txt                               0 bytes
  scan.bin                                binary bytes (PNG-like header, NUL bytes)
  mirror/valemont-review-orvel-reprint.txt   exact byte copy of valemont-review-orvel.txt
"""
import gzip
import hashlib
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(HERE, "sample")


def write_bytes(rel, data):
    path = os.path.join(SAMPLE, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


LOWFIELD = """LOWFIELD GAZETTE
Your county, your paper
Home · News · County · Farming · Sport · Notices · Weather
• Home/
  • News/
  • World/
Envoy’s Kadrovo visit: three hours, a 12-point plan and a cautious “maybe”

Envoy’s Kadrovo visit: three hours, a 12-point plan and a cautious “maybe”

Aldmark’s peace envoy sat down with Vesnia’s president — and came away with no promises

By Agnes Tull
Share this: Facebook | X | Email

Marek Halloran, the special envoy sent by Aldmark’s Chancellor Irena Dahl, spent three hours with Vesnian President Ilya Vostrikov at the Granite Palace in Kadrovo on Thursday.

It was the first time a senior Aldmark official had been received in the Vesnian capital since the Korrin Valley fighting resumed in January — and, by most accounts, the meeting went better than expected.

“The talks were frank, substantive and useful,” presidential aide Yuri Sarnov told reporters afterwards.

Halloran took with him Aldmark’s 12-point plan, which proposes to freeze the front line on the Korrin river, open humanitarian corridors and set up a commission to watch over the ceasefire.

He also brought money. Aldmark has offered a €4 billion reconstruction credit for the valley, to be handled together with the Vesnian Development Fund, whose head, Tomas Žeravin, sat in on the talks.

ALSO READ: Lowfield sheep farmers count the cost of the export ban

The palace communiqué issued after the meeting was short and said only that “a wide range of questions” had been discussed.

For Lowfield’s exporters, the stakes are practical. Since the Korrin border crossings closed, grain lorries from the county have had to take a detour of more than 300 kilometres through Drevnia.

Drevnia itself was not at the table and has warned it will reject any deal made without it.

Sarnov said no date had been set for a second round of talks, but diplomats in Kadrovo expect the envoy back within weeks, possibly outside the capital.

Halloran returned to Aldmark overnight and is due to brief the chancellor on Friday.

Leave a Comment
Name*
Email*
Comment
Submit

Related stories
  • Lowfield sheep farmers count the cost of the export ban
  • County council approves new bypass
© 2025 Lowfield Gazette. All rights reserved.
"""

CIVIC_LEDGER = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>Second round: Halloran and Vostrikov meet by the sea in Saint Orvel | The Civic Ledger</title>
<meta property="og:type" content="article">
<meta property="og:title" content="Second round: Halloran and Vostrikov meet by the sea in Saint Orvel">
<meta property="og:site_name" content="The Civic Ledger">
<meta property="article:published_time" content="2025-03-28T17:05:00+01:00">
<meta name="author" content="NPA">
<link rel="stylesheet" href="/assets/ledger.css">
</head>
<body>
<div class="cookie-consent" id="cc">
  <p>The Civic Ledger uses cookies. By clicking \u201cAgree\u201d you accept our use of cookies for analytics and advertising.</p>
  <button>Agree</button> <a href="/privacy">Learn more</a>
</div>
<header>
  <div class="masthead"><a href="/">The Civic Ledger</a></div>
  <nav>
    <a href="/">Front page</a> |
    <a href="/city">City</a> |
    <a href="/nation">Nation</a> |
    <a href="/world">World</a> |
    <a href="/opinion">Opinion</a> |
    <a href="/caf\u00e9-culture">Caf\u00e9 culture</a>
  </nav>
</header>
<main class="layout">
<article>
  <h1>Second round: Halloran and Vostrikov meet by the sea in Saint Orvel</h1>
  <p class="dek">The envoy\u2019s second visit in three weeks lasted more than four hours</p>
  <p class="meta">From NPA wire reports \u00b7 <time datetime="2025-03-28T17:05:00+01:00">28 March 2025</time></p>
  <div class="share">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div>
  <p>SAINT ORVEL, March 28 (NPA) - Aldmark\u2019s special envoy Marek Halloran and Vesnian President Ilya Vostrikov met for more than four hours in Saint Orvel on Friday, their second meeting in three weeks, as efforts to end the Korrin Valley conflict gathered pace.</p>
  <p>The two men met at the Admiralty Library overlooking the harbour, Vostrikov\u2019s office said in a brief statement that described the talks as \u201cdetailed and constructive\u201d.</p>
  <p>Vesnian television showed the two men shaking hands on the library steps before the talks, with the harbour cranes behind them.</p>
  <p>\u201cWe made real progress today on the sequencing of the plan,\u201d Halloran told reporters after the meeting.</p>
  <p>Presidential aide Yury Sarnov said the discussion had focused on Aldmark\u2019s 12-point plan and on an exchange of 48 detainees between Vesnia and Drevnia.</p>
  <p>Sarnov said a joint communiqu\u00e9 would be issued \u201cin the coming days\u201d once both capitals had approved the wording.</p>
  <p>The first meeting between the two, at the Granite Palace in Kadrovo on March 6, lasted three hours.</p>
  <p>Officials on both sides said the detainee exchange could take place before the end of April if Drevnia approves the list, which includes soldiers captured near Korrin Ford and several civilians held since January.</p>
  <p>Vesnia\u2019s presidency said Vostrikov had asked for the points on the Korrin dam to be redrafted before a third round, for which no date has yet been set.</p>
  <p>Drevnia, which is not a party to the talks, said it had been informed of the meeting by Aldmark\u2019s foreign office.</p>
  <p>Halloran flew into Saint Orvel from Aldmark on Friday morning and was due to return the same evening, his office said. (NPA)</p>
  <div class="share">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div>
</article>
<aside class="rail">
  <h3>More from World</h3>
  <ul>
    <li><a href="/world/drevnia-emergency">Drevnia extends state of emergency</a></li>
    <li><a href="/world/brennick-flood">Brennick counts its dead after the Lusk floods</a></li>
    <li><a href="/world/korrin-dam">The dam at the centre of the Korrin dispute</a></li>
  </ul>
</aside>
</main>
<footer>
  <p><a href="/about">About</a> \u00b7 <a href="/contact">Contact</a> \u00b7 <a href="/privacy">Privacy</a></p>
  <p>Copyright \u00a9 2025 The Civic Ledger. All rights reserved.</p>
</footer>
</body>
</html>
"""

TIDEWATER = """Tidewater Observer
Independent news from the coast
MENU
News
World
Business
Environment
Opinion
Puzzles
Sign in
World › Vesnia
Aldmark's envoy and Vesnia's president talk for three hours in Kadrovo

Aldmark's envoy and Vesnia's president talk for three hours in Kadrovo

Marek Halloran delivered a peace plan and a credit offer; Drevnia was not invited

Thu 6 Mar 2025 21:12 GMT
Jonas Wrede
Share · Follow Tidewater Observer

Aldmark's special envoy, Marek Halloran, held three-hour talks with Vesnian President Ilya Vostrikov in Kadrovo on Thursday, in the most serious attempt yet to end the fighting in the Korrin Valley.

The meeting at the Granite Palace was the first between a senior Aldmark official and the Vesnian leader since the fighting resumed in January.

"The talks were frank, substantive and useful," presidential aide Yury Sarnov told reporters after the envoy left.

Halloran presented Aldmark's 12-point plan, which calls for a freeze along the Korrin river, humanitarian corridors and a joint monitoring commission.

Aldmark has also offered a reconstruction credit of €4 billion ($4.3 billion) for the valley, to be run jointly with the Vesnian Development Fund. The fund's head, Tomas Zheravin, took part in the meeting.

Advertisement · Scroll to continue

Vostrikov did not comment after the meeting, but Vesnian state television showed him greeting Halloran in the palace's main hall and walking him to his car afterwards.

Diplomats say the hardest questions are the order in which troops pull back and who will guard the Korrin dam, which supplies electricity to both Vesnia and Drevnia.

Environmental groups in Aldmark have urged the envoy to make the safety of the Korrin dam a condition of any credit. "If the dam fails, there will be nothing left to rebuild," said Britt Olander of the Coastal Rivers Trust.

Drevnia, which controls the southern bank of the river, was not invited to Kadrovo and said it would not be bound by anything agreed there.

Halloran flew back to Aldmark overnight. No date has been set for a second meeting.

Share · Follow Tidewater Observer
Most viewed
  • Storm surge barrier approved after decade of delays
  • Seal colony returns to the Tidewater flats
  • Crossword No 4,512
© 2025 Tidewater Observer. All rights reserved.
"""

EASTBANK = """EASTBANK CHRONICLE
Home > World > Region
Search | Subscribe | Log in
Halloran back in Vesnia for four-hour talks with Vostrikov in St. Orvel
Halloran back in Vesnia for four-hour talks with Vostrikov in St. Orvel
By Eastbank Chronicle staff

ST. ORVEL, March 28 - Aldmark's special envoy Marek Halloran returned to Vesnia on Friday for four-hour talks with President Ilya Vostrikov in the port city of St. Orvel, three weeks after their first meeting in Kadrovo.

The two men met at the Admiralty Library, an old naval building on the waterfront that the presidency uses for visiting delegations.

"We made real progress today on the sequencing of the plan," Halloran said after the talks, without giving details.

Presidential aide Yuri Sarnov said the discussion had covered Aldmark's 12-point plan and an exchange of forty-eight detainees between Vesnia and Drevnia.

Sarnov said Vostrikov wanted the points on the Korrin dam to be redrafted, and that officials would keep working on the text before any third meeting.

Tomas Zheravin, head of the Vesnian Development Fund, joined part of the session, which suggested that Aldmark's reconstruction credit was also discussed.

The choice of St. Orvel, Vesnia's second city and its main port, was read by diplomats as a sign that the presidency wanted to show the envoy a city largely spared by the fighting.

Halloran, a former banker, was appointed special envoy by Aldmark's Chancellor Irena Dahl in November. His first meeting with Vostrikov, at the Granite Palace in Kadrovo on March 6, lasted three hours.

Drevnia's foreign ministry said it had been told about the meeting but had not seen the list of detainees.

In Eastbank, where several hundred families have relatives in the Korrin Valley, the news of a possible detainee exchange was met with cautious relief.

RELATED: Korrin Valley: a timeline of the conflict

Halloran left St. Orvel on Friday evening.

Share: Facebook / X / Email
Latest from Eastbank
  - Eastbank council freezes parking fees
  - Ferry timetable changes from April
Copyright Eastbank Chronicle 2025
"""


def main():
    # windows-1252 plain text: curly quotes, em dash, euro sign, e-acute, Z-caron.
    data = LOWFIELD.encode("cp1252")
    try:
        data.decode("utf-8")
        raise SystemExit("lowfield sample unexpectedly decodes as UTF-8")
    except UnicodeDecodeError:
        pass
    write_bytes("lowfield-gazette-kadrovo-envoy.txt", data)

    # windows-1252 HTML page.
    write_bytes("civic-ledger-orvel-talks.html", CIVIC_LEDGER.encode("cp1252"))

    # UTF-8 with BOM.
    write_bytes("tidewater-observer/tw-kadrovo-three-hour-talks.txt",
                b"\xef\xbb\xbf" + TIDEWATER.encode("utf-8"))

    # gzip, deterministic: fixed mtime, no file name in the header.
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write(EASTBANK.encode("utf-8"))
    write_bytes("eastbank-chronicle-orvel.txt.gz", buf.getvalue())

    # empty file.
    write_bytes("empty.txt", b"")

    # binary: PNG-like signature and chunk header, then hash-chain bytes with NULs.
    out = bytearray(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x00\xc0\x08\x02\x00\x00\x00")
    block = b"chorus-sample-scan"
    while len(out) < 4096:
        block = hashlib.sha256(block).digest()
        out += block
        out += b"\x00\x00"
    write_bytes("scan.bin", bytes(out))

    # exact duplicate reprint (byte copy).
    with open(os.path.join(SAMPLE, "valemont-review-orvel.txt"), "rb") as f:
        write_bytes("mirror/valemont-review-orvel-reprint.txt", f.read())


if __name__ == "__main__":
    main()
