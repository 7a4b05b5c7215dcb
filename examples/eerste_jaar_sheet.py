"""The Eerste jaar sheet: first-year costs of a new OR, after OR-ondersteuning's
service description and the SER richtbedragen (docs/rules.md, docs/sources.md).

The election hours are the adviser's billable hours, priced at the adviser's
rate of Invoer (Adviseur_tarief, also used by the Begroting). The trainer's
travel that OR-ondersteuning charges on top of the richtbedrag is budgeted,
and the sheet says how far the quote is above the richtbedrag. A year
without a SER rate asks for one and computes no training cost.

Names: Tariefjaar, Vorm, Train_dagen, Dagdelen, Trainers, Ej_offerte, Km,
Km_tarief, Ej_verk_extern, Ej_zaal, Ej_verblijf, Ej_begeleiding (inputs);
Ej_deelnemers, Ej_ser_tabel, Ej_ser_jaren, Ej_ser_maatwerk,
Ej_ser_open, Ej_ser, Ej_tarief, Ej_training, Ej_reiskosten,
Ej_uren_laag, Ej_uren_hoog, Ej_kosten_laag, Ej_kosten_hoog, Ej_ontbreekt (the
warning about amounts still missing),
Ej_boven_ser, Ej_waarschuwing."""

from __future__ import annotations

import template_kit as K
from template_kit import OR_OND, OR_OND_SHORT, SER_PAGE

SHEET = "Eerste jaar"
PAGES = 0   # width only: its page breaks at the blocks decide (make_template.page_setup)

# The SER richtbedragen per dagdeel, excl. btw, for every year the sources
# verify (docs/sources.md); None: not verified, the cell asks the user.
SER_RATES = [
    # year, maatwerk per dagdeel (whole OR, per trainer), open per dagdeel per member, source
    (2013, 1094, 180, "Performa, 31-10-2012"),
    (2014, 1010, 180, "Performa, 04-11-2013"),
    (2015, 940, 185, "Performa, 13-11-2014"),
    (2016, 1015, 160, "Performa, 28-10-2015"),
    (2017, 995, 170, "SER, publicatie 'Richtbedragen 2017', 2016"),
    (2018, 1000, 165, "Rendement, 01-11-2017; Performa, 31-10-2017"),
    (2019, 1025, 175, "Rendement, 24-10-2018"),
    (2020, 1055, 190, "Performa, 30-11-2020"),
    (2021, 1065, 190, "Performa, 30-11-2020; Nieuwsbrief Medezeggenschap, 03-11-2021"),
    (2022, 1100, 190, "Nieuwsbrief Medezeggenschap, 03-11-2021"),
    (2023, 1160, 190, "SER-nieuwsbericht 'Richtbedragen OR 2023', genoemd door "
     "OR-ondersteuning; VCP; Rendement, 26-10-2022"),
    (2024, 1250, 200, "UOV; Performa, 02-11-2023"),
] + [(y, None, None, f"Nog niet ingevuld: {SER_PAGE} {y}; vul beide bedragen in.")
     for y in (2025, 2026, 2027)] + [
    (None, None, None, f"Later jaar: vul jaar en bedragen in, bron {SER_PAGE}."),
]

# The inputs: (label, default, name, number format, source).
INPUTS = [
    ("Deelnemers starttraining", '=IF(Zetels="";"";Zetels)', "Ej_deelnemers", "int",
     "Het aantal zetels van blad Invoer, WOR art. 6 lid 1."),
    ("Tariefjaar SER-richtbedragen", "=Begrotingsjaar", "Tariefjaar", "year",
     "Standaard het begrotingsjaar. Ontbreekt het richtbedrag van dat jaar, vul het in de "
     "tabel in of typ een offertetarief: een ouder jaar wordt niet gebruikt."),
    ("Trainingsvorm", "maatwerk", "Vorm", None,
     "maatwerk: training voor de hele OR, per dagdeel per trainer, zonder zaal; open: open "
     "inschrijving, per dagdeel per lid, met zaal."),
    ("Trainingsdagen starttraining", 2, "Train_dagen", "int",
     f"{OR_OND}: starttraining van 2 dagen."),
    ("Dagdelen per dag", 2, "Dagdelen", "int",
     "SER-richtbedragen gelden per dagdeel: ochtend, middag of avond; een dag = 2 dagdelen."),
    ("Aantal trainers bij maatwerk", 1, "Trainers", "int",
     "Het aantal trainers dat echt werkt: de SER verdubbelt het richtbedrag bij twee "
     "trainers, 'doorgaans bij groepen die groter zijn dan 13 personen' (SER 2013). Vraag "
     "het aan de aanbieder."),
    ("Offertetarief per dagdeel, excl. btw", None, "Ej_offerte", "eur",
     "Leeg = het SER-richtbedrag van het tariefjaar. Met een offerte: het tarief uit de "
     "offerte."),
    ("Reisafstand trainer, heen en terug, alle dagen", None, "Km", "int",
     f"{OR_OND} rekent ze apart, bovenop het richtbedrag: de verwachte kilometers, of 0 als "
     "de offerte ze niet apart rekent."),
    ("Kilometervergoeding trainer", 0.40, "Km_tarief", "eur",
     f"{OR_OND}: € 0,40 per km vanaf de woonplaats van de trainer."),
]


def build(book):
    sh = book.sheet(SHEET)
    sh.widths(76, 23, 23, 25, 25, 100)   # 272 mm: printed at 100 %
    sh.text("A1", "Eerste jaar van een nieuwe OR: uren en kosten", "OR Titel")
    sh.text("A2", f"Schattingen van {OR_OND} en SER-richtbedragen voor OR-scholing; "
            "alle bedragen excl. btw en aanpasbaar.", "OR Uitleg")
    sh.row_height(3, 2)
    for col, head in zip("ABCDEF", ["Uitgangspunten", "Waarde", "Bron", "", "", ""]):
        sh.text(f"{col}4", head, "OR Kop")
    r = 5
    rows = {}
    for label, value, name, nf, source in INPUTS:
        sh.text(f"A{r}", label)
        style = "OR Uitkomst" if name == "Ej_deelnemers" else "OR Invoer"
        sh.put(f"B{r}", value, style, nf)
        sh.text(f"C{r}", source, "OR Bron")
        sh.rng(f"C{r}").CharHeight = 9.0
        sh.merge(f"C{r}:F{r}")
        sh.fit_height(r, source, sh.width_mm("C", "F"), pt=9.0)
        sh.name(name, f"B{r}")
        rows[name] = r
        r += 1
    sh.validity_list(f"B{rows['Vorm']}", ["maatwerk", "open"], "Trainingsvorm",
                     "maatwerk (training voor de hele OR) of open (open inschrijving, per lid)")
    sh.validity_list(f"B{rows['Trainers']}", [1, 2], "Aantal trainers",
                     "1 of 2: het aantal trainers dat de aanbieder inzet.")
    warn_row = r  # filled in below, once the table exists

    # SER rate table.
    r += 1
    sh.text(f"A{r}", "SER-richtbedragen voor OR-scholing per dagdeel, excl. btw, WOR art. 22 "
            "lid 3", "OR Sectie")
    r += 1
    for col, head in zip("ABCDEF", ["Jaar", "Maatwerk, hele OR", "Open, per lid",
                                    "Gepubliceerd in", "", ""]):
        sh.text(f"{col}{r}", head, "OR Kop")
    sh.merge(f"D{r}:F{r}")
    t0 = r + 1
    for year, maat, open_, source in SER_RATES:
        r += 1
        sh.put(f"A{r}", year, None if year else "OR Invoer", "year")
        sh.put(f"B{r}", maat, None if maat else "OR Invoer", "eur")
        sh.put(f"C{r}", open_, None if open_ else "OR Invoer", "eur")
        sh.text(f"D{r}", source, "OR Bron")
        sh.rng(f"D{r}").CharHeight = 9.0
        sh.merge(f"D{r}:F{r}")
        sh.fit_height(r, source, sh.width_mm("D", "F"), pt=9.0)
    t1 = r
    sh.name("Ej_ser_tabel", f"A{t0}:C{t1}")
    sh.name("Ej_ser_jaren", f"A{t0}:A{t1}")
    sh.name("Ej_ser_maatwerk", f"B{t0}:B{t1}")
    sh.name("Ej_ser_open", f"C{t0}:C{t1}")
    r += 1
    sh.text(f"A{r}", "SER-richtbedrag van het tariefjaar")
    sh.formula(f"B{r}", 'IFERROR(1/(1/VLOOKUP(Tariefjaar;Ej_ser_tabel;IF(Vorm="open";3;2);0));"")',
               "OR Uitkomst", "eur")
    sh.name("Ej_ser", f"B{r}")
    sh.formula(f"D{r}", f'IF(Ej_ser="";"Nog niet in de tabel: {SER_PAGE} "&Tariefjaar&".";'
                        f'IF(Vorm="open";"Open inschrijving, per lid per dagdeel.";'
                        f'"Maatwerk, per dagdeel per trainer voor de hele OR."))', "OR Bron")
    sh.merge(f"D{r}:F{r}")
    r += 1
    sh.text(f"A{r}", "Gekozen tarief per dagdeel")
    sh.formula(f"B{r}", 'IF(ISNUMBER(Ej_offerte);Ej_offerte;Ej_ser)', "OR Uitkomst", "eur")
    sh.name("Ej_tarief", f"B{r}")
    sh.formula(f"D{r}", 'IF(ISNUMBER(Ej_offerte);"Offertetarief.";IF(Ej_ser="";"";'
                        '"SER-richtbedrag "&Tariefjaar&"."))', "OR Bron")
    sh.merge(f"D{r}:F{r}")
    sh.formula(f"A{warn_row}",
               f'IF(Ej_tarief="";"Let op: geen tarief voor "&Tariefjaar&". Vul het '
               f'SER-richtbedrag in de tabel hieronder in ({SER_PAGE}) of typ een '
               f'offertetarief; de training wordt niet berekend met een ouder jaar.";"")',
               "OR Bron")
    sh.merge(f"A{warn_row}:F{warn_row}")
    sh.red_when_let_op(f"A{warn_row}")
    sh.row_height(warn_row, 7)
    sh.name("Ej_waarschuwing", f"A{warn_row}")

    # Cost lines, on the second page.
    r += 2
    sh.page_break(r)
    sh.text(f"A{r}", "Begroting eerste jaar", "OR Sectie")
    r += 1
    for col, head in zip("ABCDEF", ["Post", "Uren laag", "Uren hoog", "Kosten laag",
                                    "Kosten hoog", "Bron"]):
        sh.text(f"{col}{r}", head, "OR Kop")
    adviser = "Adviseur_tarief"
    participants = "Ej_deelnemers"
    lines = [
        ("Verkiezingsprocedure: uren adviseur", 15, 20, "hours",
         f"{OR_OND}: draaiboek, bekendmaking, kandidatenlijsten, vakbonden; geschat "
         "15-20 uur werk van de adviseur, tegen het tarief van blad Invoer."),
        ("Verkiezingscampagne: uren adviseur", 20, 25, "hours",
         f"{OR_OND}: voorlichting, kandidaten werven, campagnemateriaal; geschat "
         "20-25 uur werk van de adviseur."),
        ("Externe kosten verkiezing: digitaal stemmen, drukwerk", None, None, "extern",
         "Niet in de schatting: vraag een offerte aan, bijvoorbeeld bij het bureau dat "
         "OR-ondersteuning noemt, Inkesta. Dit bedrag telt ook op blad Begroting."),
        ("Starttraining: trainingskosten", None, None, "training",
         "Tarief per dagdeel x dagdelen, x trainers bij maatwerk, x deelnemers bij open; "
         "het SER-richtbedrag omvat voorbereiding, materiaal, verslag en reiskosten van "
         "de trainer."),
        ("Reiskosten trainer: apart in de offerte", None, None, "travel",
         f"Kilometers x vergoeding hierboven. {OR_OND} rekent ze bovenop het "
         "richtbedrag: ze horen in de begroting."),
        ("Zaalhuur: conferentieruimte", None, None, "input:Ej_zaal",
         "Bij maatwerk niet in het richtbedrag; bij open inschrijving wel. Eigen raming."),
        ("Reis- en verblijfkosten deelnemers", None, None, "input:Ej_verblijf",
         f"Niet inbegrepen; een overnachting van de trainer op nacalculatie "
         f"({OR_OND_SHORT}). Eigen raming."),
        ("Initiële begeleiding: ambtelijk secretaris", None, None, "input:Ej_begeleiding",
         f"{OR_OND} noemt geen uren of tarief; de SER stelt hiervoor geen richtbedrag vast."),
    ]
    c0 = r + 1
    status = []   # per line: an expression that is 1 when its amount is missing
    for label, low, high, kind, source in lines:
        r += 1
        sh.text(f"A{r}", label)
        sh.text(f"F{r}", source, "OR Bron")
        if kind == "hours":
            sh.value(f"B{r}", low, "OR Invoer", "int")
            sh.value(f"C{r}", high, "OR Invoer", "int")
            ok = K.is_amount(adviser)
            sh.formula(f"D{r}", f'IF({ok};B{r}*{adviser};"")', None, "eur")
            sh.formula(f"E{r}", f'IF({ok};C{r}*{adviser};"")', None, "eur")
            status.append(f'NOT({ok})')
        elif kind.startswith("input") or kind == "extern":
            sh.blank(f"D{r}", "OR Invoer", "eur")
            sh.formula(f"E{r}", f'IF({K.is_amount(f"D{r}")};D{r};"")', None, "eur")
            status.append(f'NOT({K.is_amount(f"D{r}")})')
            sh.name("Ej_verk_extern" if kind == "extern" else kind.split(":")[1], f"D{r}")
        elif kind == "training":
            f = (f'IF(OR(Ej_tarief="";{participants}="");"";Train_dagen*Dagdelen*Ej_tarief*'
                 f'IF(Vorm="open";{participants};Trainers))')
            sh.formula(f"D{r}", f, None, "eur")
            sh.formula(f"E{r}", f"D{r}", None, "eur")
            sh.name("Ej_training", f"D{r}")
            status.append(f'D{r}=""')
        elif kind == "travel":
            ok = f'AND({K.is_amount("Km")};{K.is_amount("Km_tarief")})'
            sh.formula(f"D{r}", f'IF({ok};Km*Km_tarief;"")', None, "eur")
            sh.formula(f"E{r}", f"D{r}", None, "eur")
            sh.name("Ej_reiskosten", f"D{r}")
            status.append(f'D{r}=""')
    c1 = r
    r += 1
    sh.text(f"A{r}", "Totaal eerste jaar, extra kosten", "OR Totaal")
    for col, nf, name in (("B", "int", "Ej_uren_laag"), ("C", "int", "Ej_uren_hoog"),
                          ("D", "eur", "Ej_kosten_laag"), ("E", "eur", "Ej_kosten_hoog")):
        sh.formula(f"{col}{r}", f"SUM({col}{c0}:{col}{c1})", "OR Totaal", nf)
        sh.name(name, f"{col}{r}")
    sh.text(f"F{r}", "", "OR Totaal")
    r += 1
    missing = "(" + "+".join(f"({s})" for s in status) + ")"
    sh.formula(f"A{r}", f'IF({missing}=0;"";"Let op: "&{missing}&" "&'
                        f'{K.plural(missing, "post heeft", "posten hebben")}&" nog geen '
                        f'bedrag en "&{K.plural(missing, "telt", "tellen")}&" niet mee in '
                        f'het totaal: vul de gele cellen in, 0 als er niets is.")', "OR Bron")
    sh.merge(f"A{r}:F{r}")
    sh.red_when_let_op(f"A{r}")
    sh.name("Ej_ontbreekt", f"A{r}")
    r += 1
    # How far the quote is above the SER richtbedrag: travel plus any rate
    # above it.
    sh.text(f"A{r}", "Offerte boven het SER-richtbedrag")
    fee_at_ser = (f'Train_dagen*Dagdelen*Ej_ser*IF(Vorm="open";{participants};Trainers)')
    sh.formula(f"D{r}", f'IF(OR(Ej_ser="";Ej_training="";{participants}="");"";'
                        f'Ej_training-{fee_at_ser}+N(Ej_reiskosten))', None, "eur")
    sh.name("Ej_boven_ser", f"D{r}")
    sh.formula(f"F{r}", f'IF(Ej_boven_ser<>"";"Reiskosten trainer plus het tarief boven het '
                        f'richtbedrag. Het richtbedrag is inclusief reiskosten; wat de offerte '
                        f'meer vraagt, is een afspraak, geen plicht van art. 22 lid 3.";'
                        f'"SER-richtbedrag "&Tariefjaar&" nog niet ingevuld: vergelijken kan '
                        f'nog niet. De reiskosten trainer komen er in elk geval bovenop.")',
               "OR Bron")
    sh.optimal_rows(c0 - 1, r)
    r += 2
    sh.note(r, "Niet in dit totaal: de tijd van de OR-leden zelf tijdens de starttraining, "
            "scholing in werktijd met behoud van loon (WOR art. 18 lid 2). Die valt binnen de "
            "scholingsdagen van de Urenstaat:", "F")
    r += 1
    sh.text(f"A{r}", "Uren OR-leden tijdens de starttraining")
    sh.formula(f"B{r}", f'IF({participants}="";"";{participants}*Train_dagen*Uren_per_dag)',
               None, "int")
    sh.formula(f"D{r}", f'IF(OR({participants}="";NOT(ISNUMBER(Uurtarief)));"";'
                        f'B{r}*Uurtarief)', None, "eur")
    sh.text(f"F{r}", "Deelnemers x trainingsdagen x uren per scholingsdag, blad Invoer, "
            "x loonkosten per uur: loonwaarde, geen extra uitgave.", "OR Bron")
    sh.optimal_rows(r, r)
    r += 1
    sh.note(r, "Na de starttraining begeleidt een ambtelijk secretaris de nieuwe OR "
            f"({OR_OND_SHORT}, 'Initiële begeleiding'). De WOR geeft geen recht op een "
            "ambtelijk secretaris; sommige cao's wel.", "F")
    sh.repeat_rows(1, 2)
    sh.print_area(5, r)
