"""The Invoer sheet: the inputs every other sheet uses, with a check next to
each (WOR floors, empty cells). Its names are the input names (Zetels,
OV_aantal, ..., Uurtarief, Werkweken, Adviseur_tarief, Orgaan)."""

from __future__ import annotations

import template_kit as K
from template_kit import ARTIKEL, VB

SHEET = "Invoer"
PAGES = 0   # width only; a page break before 'Overige tijd' (make_template.page_setup)
FIRST_ROW = 5

# (name, label, default in the template, unit, note/source). name None: a
# section title; a default of None leaves an empty input cell; a default
# "=..." is a yellow input whose default is a formula.
ROWS = [
    (None, "Organisatie", None, None, None),
    ("Organisatie", "Naam organisatie", None, "", "Alleen voor de kop van de bladen."),
    ("Begrotingsjaar", "Begrotingsjaar", "=YEAR(TODAY())+1", "",
     "Standaard het komende jaar; of typ een ander jaartal."),
    ("Personen", "Aantal in de onderneming werkzame personen", None, "personen",
     "Bepaalt de zetels, WOR art. 6 lid 1: minder dan 50: 3, 50-99: 5, 100-199: 7, "
     "200-399: 9, ..., ten hoogste 25. Een gemiddelde mag; 0 kan niet. Uitzendkrachten "
     "tellen mee na 15 maanden in de onderneming, art. 1 lid 3."),
    ("Reglement", "Zetels volgens OR-reglement (optioneel)", None, "zetels",
     "WOR art. 6 lid 1: de OR kan met toestemming van de ondernemer in zijn reglement "
     "een ander aantal leden vastleggen; dat gaat voor. Leeg = wettelijk aantal."),
    ("Zetels", "Aantal zetels (berekend)", "formula", "zetels",
     "Berekend met ORZETELS uit de twee regels hierboven."),
    ("Orgaan", "OR of personeelsvertegenwoordiging",
     '=IF(AND(ISNUMBER(Personen);N(Personen)<50);"PVT";"OR")', "",
     "Standaard OR vanaf 50 personen, WOR art. 2 lid 1; daaronder PVT, art. 35c: geen "
     "wettelijk minimum aan uren en dagen (lid 3), deskundigen alleen met toestemming "
     "(lid 5). Typ OR als er toch een OR is."),
    (None, "Vergaderingen (WOR art. 17 lid 2 en 3: zoveel mogelijk in werktijd, met "
     "behoud van loon)", None, None, None),
    ("OV_aantal", "Overlegvergaderingen (OR en bestuurder) per jaar", 6, "per jaar",
     f"{VB}: 6. WOR art. 24 lid 1: ten minste twee keer per jaar over de algemene "
     "gang van zaken."),
    ("OV_duur", "Duur van een overlegvergadering", 2, "uur", f"{VB}: 2 uur."),
    ("Verg_aantal", "OR-vergaderingen per jaar", 12, "per jaar", f"{VB}: 12."),
    ("Verg_duur", "Duur van een OR-vergadering", 2, "uur", f"{VB}: 2 uur."),
    ("Voorb_uren", "Voorbereiding per vergadering per lid", 2, "uur",
     f"{VB}: 2 uur per vergadering per lid. Dat voorbereiding als vergadertijd telt, "
     "volgt uit rechtspraak en praktijk, niet uit de tekst van art. 17."),
    ("Comm_aantal", "Commissievergaderingen per jaar (blad Leden)", 0, "per jaar",
     "Eigen afspraak. Telt voor leden met rol 'commissie' of 'beide' op blad Leden, "
     "met dezelfde voorbereidingstijd."),
    ("Comm_duur", "Duur van een commissievergadering", 2, "uur", "Eigen afspraak."),
    (None, "Overige tijd en scholing (WOR art. 18)", None, None, None),
    ("Overige_uren", "Overige OR-tijd per lid per jaar", 60, "uur",
     "Onderling beraad, achterban, deskundigen. Wettelijk minimum 60 uur per jaar, "
     "WOR art. 18 lid 1 en 3, bovenop de vergadertijd."),
    ("Scholing_dagen", "Scholingsdagen per lid per jaar (Urenstaat)", 5, "dagen",
     "Minimum OR-lid 5, commissielid 3, beide 8: WOR art. 18 lid 2 en 3, "
     "=SCHOLINGSDAGEN(rol). Blad Leden rekent per lid met zijn rol."),
    ("Uren_per_dag", "Uren per scholingsdag", 8, "uur", f"{VB}: 8 uur."),
    (None, "Dagelijks bestuur", None, None, None),
    ("Vz_uren", "Extra uren voorzitter per week", 2, "uur/week", f"{VB}: 2 uur, 52 weken."),
    ("Secr_uren", "Extra uren secretaris per week", 4, "uur/week",
     f"{VB}: 4 uur, 52 weken. Met een ambtelijk secretaris is dit meestal minder."),
    ("Jaarweken", "Weken per jaar voor het dagelijks bestuur", 52, "weken",
     f"{VB}: 52."),
    (None, "Omrekening naar fte, uren per week en loonwaarde", None, None, None),
    ("Werkweek", "Werktijd voltijder per week", 36, "uur/week",
     f"{VB}: 36, gebruikelijk 36 tot 40. 36 x 52 = 1872 uur = 1 fte."),
    ("Fte_weken", "Weken per jaar voor fte", 52, "weken",
     "Bruto 52; of het aantal netto werkweken volgens uw cao."),
    ("Werkweken", "Werkweken per jaar voor de uren per week", 52, "weken",
     "Standaard 52, zoals het rekenvoorbeeld. Netto werkweken zonder vakantie en "
     "feestdagen, bijvoorbeeld 46 (eigen aanname of cao), geven een eerlijker weekcijfer."),
    ("Uurtarief", "Loonkosten per uur van een OR-lid", None, "per uur",
     "Brutoloon plus werkgeverslasten per jaar (sociale premies, pensioen, "
     "vakantiegeld), gedeeld door de jaaruren van een voltijder: werktijd per week x "
     "weken voor fte, standaard 1872. Zonder overhead. Zo overal in dit sjabloon."),
    (None, "Externe adviseur (verkiezingen, bladen Eerste jaar en Begroting)", None,
     None, None),
    ("Adviseur_tarief", "Uurtarief van de OR-adviseur, excl. btw", None, "per uur",
     "Uit de offerte. De 15-20 en 20-25 uur voor verkiezingsprocedure en campagne zijn "
     "werkuren van de adviseur van OR-ondersteuning, geen uren van OR-leden."),
]

# Number formats of the input cells (template_kit.Formats); hours one decimal.
FORMATS = {"Organisatie": None, "Begrotingsjaar": "year", "Uurtarief": "eur",
           "Adviseur_tarief": "eur", "Orgaan": None}
HOURS = {"OV_duur", "Verg_duur", "Comm_duur", "Voorb_uren", "Uren_per_dag",
         "Vz_uren", "Secr_uren", "Werkweek"}


def address(name):
    """B<row> of the input called name."""
    row = FIRST_ROW
    for n, *_ in ROWS:
        if n == name:
            return f"B{row}"
        row += 1
    raise KeyError(name)


def _checks():
    """The warning next to each input (column E): "Let op" texts are red."""
    minimum_days = 'SCHOLINGSDAGEN("OR")'
    checks = {
        "Begrotingsjaar": 'IF(ISBLANK(Begrotingsjaar);"Let op: vul het begrotingsjaar in.";"")',
        "Zetels": 'IF(ISBLANK(Personen);"Let op: vul het aantal personen in, ook als het '
                  'reglement het aantal zetels bepaalt.";'
                  'IF(AND(ISBLANK(Reglement);N(Personen)<50);'
                  '"Onder 50 personen is een OR niet verplicht (WOR art. 2 lid 1).";""))',
        "Orgaan": 'IF(OR(Orgaan="OR";Orgaan="PVT");"";"Let op: kies OR of PVT.")',
        "OV_aantal": 'IF(Orgaan="PVT";IF(OV_aantal<1;"Let op: ten minste één keer per jaar '
                     'overleg over de algemene gang van zaken (WOR art. 35b lid 4 via art. 35c '
                     'lid 3).";"");IF(OV_aantal<2;"Let op: minder dan twee overlegvergaderingen '
                     'per jaar (WOR art. 24 lid 1).";""))',
        "Overige_uren": 'IF(AND(Orgaan<>"PVT";Overige_uren<60);"Let op: lager dan het '
                        'wettelijk minimum van 60 uur (WOR art. 18 lid 3).";"")',
        "Scholing_dagen": f'IF(AND(Orgaan<>"PVT";Scholing_dagen<{minimum_days});"Let op: '
                          f'lager dan het wettelijk minimum van "&{minimum_days}&" dagen '
                          f'voor een OR-lid (WOR art. 18 lid 3).";"")',
        "Uurtarief": 'IF(ISBLANK(Uurtarief);"Let op: vul in om de loonwaarde te berekenen.";'
                     'IF(NOT(ISNUMBER(Uurtarief));"Let op: geen getal.";IF(Uurtarief<0;'
                     '"Let op: negatief.";"")))',
        "Adviseur_tarief": 'IF(ISBLANK(Adviseur_tarief);"Let op: vul in om de '
                           'verkiezingskosten te berekenen.";IF(NOT(ISNUMBER(Adviseur_tarief));'
                           '"Let op: geen getal.";IF(Adviseur_tarief<0;"Let op: negatief.";"")))',
    }
    # Every other number: an empty cell counts as 0 in the add-in functions
    # (only an omitted argument takes the default), so say so.
    for name, _, default, *_ in ROWS:
        if name and isinstance(default, (int, float)) and name not in checks:
            checks[name] = (f'IF(ISBLANK({name});"Let op: leeg telt als 0; vul een waarde in, '
                            f'standaard {str(default).replace(".", ",")}.";"")')
    return checks


def build(book):
    sh = book.sheet(SHEET)
    sh.widths(76, 22, 18, 114, 42)   # 272 mm: printed at 100 %
    sh.text("A1", "OR-begroting: invoer", "OR Titel")
    sh.note(2, "Vul de gele cellen in; alle bladen rekenen direct mee. Standaardwaarden: "
            f"het rekenvoorbeeld uit {ARTIKEL}, en de WOR. Wetsartikelen gecontroleerd op "
            f"{K.law_checked()}; vergelijk ze voor een geschil met wetten.overheid.nl.",
            "E", "OR Uitleg")
    sh.note(3, f"Rekent met de LibreOffice-extensie ortijd, functies {K.function_names_nl()}. "
            "Zonder extensie tonen cellen #NAAM?; de formules blijven bewaard.", "E",
            "OR Uitleg")
    for col, head in zip("ABCDE", ["Gegeven", "Waarde", "Eenheid", "Toelichting en bron",
                                   "Controle"]):
        sh.text(f"{col}4", head, "OR Kop")
    row = FIRST_ROW
    for name, label, default, unit, note in ROWS:
        a, b, c, d = (f"{x}{row}" for x in "ABCD")
        if name is None:
            sh.text(a, label, "OR Sectie")
            if label.startswith("Overige tijd"):
                sh.page_break(row)
            row += 1
            continue
        sh.text(a, label)
        sh.rng(a).IsTextWrapped = True
        nf = FORMATS.get(name, "dec1" if name in HOURS else "int")
        if name == "Zetels":
            sh.formula(b, 'IF(ISBLANK(Personen);"";IF(ISBLANK(Reglement);'
                          'ORZETELS(Personen);ORZETELS(Personen;Reglement)))',
                       "OR Kerncijfer", nf)
        else:
            sh.put(b, default, "OR Invoer", nf)
        sh.text(c, unit or "")
        sh.text(d, note or "", "OR Bron")
        sh.name(name, b)
        row += 1
    last = row - 1
    for name, f in _checks().items():
        r = address(name)[1:]
        sh.formula(f"E{r}", f, "OR Bron")
        sh.red_when_let_op(f"E{r}")
    sh.number_validity(address("Personen"), 0.01, 1000000000,
                       "Aantal personen: een getal groter dan 0.")
    sh.number_validity(address("Reglement"), 1, 1000,
                       "Zetels volgens reglement: een geheel getal van 1 tot en met 1000.")
    sh.validity_list(address("Orgaan"), ["OR", "PVT"], "OR of PVT",
                     "OR = ondernemingsraad; PVT = personeelsvertegenwoordiging (art. 35c).")
    sh.optimal_rows(1, 1)
    sh.optimal_rows(4, last)
    sh.print_area(4, last)
    return last
