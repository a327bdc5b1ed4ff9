"""Countries by the names news uses for them: the country, its short forms, its people and its
capital ("Washington said", "Bogotá's plan", "British officials"). A question may name a country
one way while the article names it another; these are the same place.

>>> "Colombia" in same_place("Bogotá")
True
"""

from __future__ import annotations

# One line per country: its names, separated by "|"; "@" marks a capital or seat of government,
# which stands for its country ("Washington said") but is not one of the words that name it.
_COUNTRIES = """
United States|US|U.S.|USA|America|American|Americans|@Washington
United Kingdom|UK|U.K.|Britain|British|Briton|Britons|@London
Colombia|Colombian|Colombians|@Bogotá|@Bogota
Venezuela|Venezuelan|Venezuelans|@Caracas
Mexico|Mexican|Mexicans|@Mexico City
Brazil|Brazilian|Brazilians|@Brasília|@Brasilia
Argentina|Argentine|Argentinian|Argentinians|@Buenos Aires
Chile|Chilean|Chileans|@Santiago
Peru|Peruvian|Peruvians|@Lima
Ecuador|Ecuadorian|Ecuadorians|@Quito
Bolivia|Bolivian|Bolivians|@La Paz|@Sucre
Cuba|Cuban|Cubans|@Havana
Canada|Canadian|Canadians|@Ottawa
France|French|@Paris|@Élysée|@Elysee
Germany|German|Germans|@Berlin
Italy|Italian|Italians|@Rome
Spain|Spanish|Spaniards|@Madrid
Portugal|Portuguese|@Lisbon
Ireland|Irish|@Dublin
Netherlands|Dutch|Holland|@Amsterdam|@The Hague
Belgium|Belgian|Belgians|@Brussels
Switzerland|Swiss|@Bern|@Berne
Austria|Austrian|Austrians|@Vienna
Sweden|Swedish|Swede|Swedes|@Stockholm
Norway|Norwegian|Norwegians|@Oslo
Denmark|Danish|Dane|Danes|@Copenhagen
Finland|Finnish|Finn|Finns|@Helsinki
Poland|Polish|Pole|Poles|@Warsaw
Greece|Greek|Greeks|@Athens
Turkey|Türkiye|Turkish|Turks|@Ankara
Russia|Russian|Russians|@Moscow|@Kremlin
Ukraine|Ukrainian|Ukrainians|@Kyiv|@Kiev
Belarus|Belarusian|Belarusians|@Minsk
China|Chinese|@Beijing|@Peking
Japan|Japanese|@Tokyo
South Korea|South Korean|South Koreans|@Seoul
North Korea|North Korean|North Koreans|@Pyongyang
Taiwan|Taiwanese|@Taipei
India|Indian|Indians|@Delhi|@New Delhi
Pakistan|Pakistani|Pakistanis|@Islamabad
Afghanistan|Afghan|Afghans|@Kabul
Iran|Iranian|Iranians|@Tehran
Iraq|Iraqi|Iraqis|@Baghdad
Syria|Syrian|Syrians|@Damascus
Israel|Israeli|Israelis|@Jerusalem
Egypt|Egyptian|Egyptians|@Cairo
Saudi Arabia|Saudi|Saudis|@Riyadh
Australia|Australian|Australians|@Canberra
New Zealand|New Zealander|New Zealanders|@Wellington
South Africa|South African|South Africans|@Pretoria
Nigeria|Nigerian|Nigerians|@Abuja
Kenya|Kenyan|Kenyans|@Nairobi
Ethiopia|Ethiopian|Ethiopians|@Addis Ababa
Indonesia|Indonesian|Indonesians|@Jakarta
Philippines|Philippine|Filipino|Filipinos|@Manila
Vietnam|Vietnamese|@Hanoi
Thailand|Thai|@Bangkok
"""

# Short forms that, lower-cased as the lexical index sees them, are also English words.
_AMBIGUOUS = frozenset({"US"})

_LINES = [[n.strip() for n in line.split("|")] for line in _COUNTRIES.strip().splitlines()]
_GROUPS = [frozenset(n.lstrip("@") for n in names) for names in _LINES]
_SEATS = frozenset(n[1:] for names in _LINES for n in names if n.startswith("@"))
_BY_NAME = {name.lower(): group for group in _GROUPS for name in group}


def same_place(name: str) -> frozenset[str]:
    """Every name of the country ``name`` is a name of (empty if it is none)."""
    return _BY_NAME.get(name.lower(), frozenset())


def country_words(name: str) -> frozenset[str]:
    """The one-word names of the country and its people that ``name`` is one of ("Spanish" →
    Spain, Spaniards, Spanish), for matching words: no capitals, no short forms that are also
    English words ("US"). Empty if ``name`` is no such word."""
    if name in _SEATS or " " in name:
        return frozenset()
    return frozenset(
        n for n in _BY_NAME.get(name.lower(), ()) if " " not in n and n not in _SEATS and n not in _AMBIGUOUS
    )
