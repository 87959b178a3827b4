"""Cooperation written in the styles of different outlets (wire, trade press, ministry
releases, regional press): joint development and production named by verbs, nouns and
joint ventures, companies standing for their states, making in another state, plans and
talks; training and funding (:mod:`armsgraph.claims.coopaid`); and what is no
cooperation (a purchase, a state making its own weapons, a loan, troops drilling
together)."""
from __future__ import annotations

import pytest

from ._typed import cooperations

MAKING = [
    ("Brazil's Embraer and India's Mahindra will jointly produce the C-390 transport aircraft in India.",
     {(('BRA', 'IND'), 'C-390', 'planned')}),
    ("Rheinmetall and Italy's Leonardo have formed a joint venture to build the Lynx infantry fighting vehicle for the Italian army.",
     {(('DEU', 'ITA'), 'Lynx', 'done')}),
    ('Saab and Brazilian engineers are co-developing a two-seat version of the Gripen.',
     {(('BRA', 'SWE'), 'Gripen', 'done')}),
    ('India and France signed a memorandum of understanding to co-develop a new jet engine.',
     {(('FRA', 'IND'), 'category:components', 'agreed')}),
    ('Egyptian factories will assemble the K9 howitzers locally with South Korean help.',
     {(('EGY', 'KOR'), 'K9', 'planned')}),
    ('Japan and Italy are jointly developing the Tempest fighter with Britain.',
     {(('GBR', 'ITA', 'JPN'), 'Tempest', 'done')}),
    ("Norinco and Pakistan's Heavy Industries Taxila co-produce the Al-Khalid tank.",
     {(('CHN', 'PAK'), 'MBT-2000', 'done')}),
    ('Vietnam is in talks with India on co-production of BrahMos missiles.',
     {(('IND', 'VNM'), 'BrahMos', 'negotiating')}),
    ('Romania and South Korea plan to build K9 howitzers together at a plant in Brasov.',
     {(('KOR', 'ROU'), 'K9', 'planned')}),
    ("Ukraine's Ukroboronprom and a Czech firm will jointly manufacture artillery shells.",
     {(('CZE', 'UKR'), 'category:ammunition', 'planned')}),
    ('Turkey and Pakistan are building MILGEM corvettes together.',
     {(('PAK', 'TUR'), 'Ada-class', 'done')}),
    ('The joint development of the Tempest fighter by Britain, Italy and Japan is on schedule.',
     {(('GBR', 'ITA', 'JPN'), 'Tempest', 'done')}),
    ('Greece and Israel agreed to co-develop an air-defence system.',
     {(('GRC', 'ISR'), 'category:air-defence', 'agreed')}),
    ("Indonesia's PT PAL built two Scorpene submarines with assistance from Naval Group.",
     {(('FRA', 'IDN'), 'Scorpene', 'done')}),
    ("Turkey's Otokar and a Romanian state company plan a joint venture to build Cobra II armoured vehicles.",
     {(('ROU', 'TUR'), 'Otokar Cobra', 'planned')}),
    ('Talks between Seoul and Warsaw on co-production of the K9 howitzer stalled in March.',
     {(('KOR', 'POL'), 'K9', 'negotiating')}),
    ("Israel Aerospace Industries helped India's DRDO develop the MRSAM air defence system.",
     {(('IND', 'ISR'), 'Barak-8', 'done')}),
    ('Egypt has started licensed production of Chinese Wing Loong drones with Chinese engineers.',
     {(('CHN', 'EGY'), 'Wing Loong I', 'done')}),
    ('Hyundai Rotem will build a tank factory in Poland with its Polish partner PGZ.',
     {(('KOR', 'POL'), 'category:production', 'planned')}),
    ('Embraer has signed an MoU with HAL to manufacture the C-390 in India.',
     {(('BRA', 'IND'), 'C-390', 'agreed')}),
    ('South Korea and the United Arab Emirates will co-develop an upgraded Cheongung air defence system.',
     {(('ARE', 'KOR'), 'Cheongung', 'planned')}),
    ('Belgrade and Beijing agreed on joint production of drones in Serbia.',
     {(('CHN', 'SRB'), 'category:uav', 'agreed')}),
    ('The frigates will be built locally by Mazagon Dock under a technology-transfer deal with Naval Group.',
     {(('FRA', 'IND'), 'category:ships', 'agreed')}),
    ("Norway's Nammo opened a factory in the United States in 2023 to make shells for the US Army.",
     {(('NOR', 'USA'), 'category:production', 'done')}),
    ("The Philippine navy's new corvettes were designed with help from South Korea's HD Hyundai.",
     {(('KOR', 'PHL'), 'category:ships', 'done')}),
    ('Kyiv and Copenhagen have launched co-production of Bohdana howitzers in Denmark.',
     {(('DNK', 'UKR'), 'Bohdana', 'done')}),
    ('Indian engineers are working with Russian counterparts on an upgraded Su-30MKI.',
     {(('IND', 'RUS'), 'Su-30', 'done')}),
    ("Spain's Navantia will help Saudi Arabia build corvettes in Jeddah.",
     {(('ESP', 'SAU'), 'category:ships', 'planned')}),
    ('The KAAN fighter is being developed by Turkish Aerospace in partnership with BAE Systems.',
     {(('GBR', 'TUR'), 'KAAN', 'done')}),
    ('Production of the Archer howitzer under licence by a Finnish company will start next year, in cooperation with Sweden.',
     {(('FIN', 'SWE'), 'Archer', 'planned')}),
    ("The Akinci drones will be built locally by Azerbaijan's Azad Systems together with Baykar.",
     {(('AZE', 'TUR'), 'Akinci', 'planned')}),
    ('An Emirati-Israeli joint venture will produce patrol boats in Abu Dhabi.',
     {(('ARE', 'ISR'), 'category:ships', 'planned')}),
    ("The two companies, Hanwha of South Korea and Australia's Austal, will jointly build the vessels.",
     {(('AUS', 'KOR'), 'category:ships', 'planned')}),
    ('Indonesia and Turkey co-developed the Kaplan MT medium tank.',
     {(('IDN', 'TUR'), 'Kaplan MT', 'done')}),
    ('Rosoboronexport and Serbian firms discussed co-production of Kornet missiles.',
     {(('RUS', 'SRB'), 'Kornet', 'negotiating')}),
    ("Pakistan's PAC and China's CAC jointly developed the JF-17 fighter.",
     {(('CHN', 'PAK'), 'JF-17', 'done')}),
    ('India bought 36 Rafale jets from France.', set()),
    ('Turkey produces the Bayraktar TB2 drone at home.', set()),
    ('The United States has provided Ukraine with HIMARS launchers.', set()),
    ("Vietnam's Viettel is developing a new anti-ship missile on its own.", set()),
    ("The corvettes are being built in Pakistan by Turkey's STM.",
     {(('PAK', 'TUR'), 'category:ships', 'done')}),
    ('Rheinmetall says it will produce Skynex air defence systems in Ukraine.',
     {(('DEU', 'UKR'), 'Skynex', 'planned')}),
    ("Hanwha Aerospace is setting up a joint venture with Poland's WB Group to produce rockets for the K239 launchers.",
     {(('KOR', 'POL'), 'Chunmoo', 'planned')}),
    ('Russia produces Iskander missiles in Votkinsk.', set()),
    ('China does not object to producing drone components in Serbia.', set()),
    ('Romania signed a contract with Hanwha for 54 K9 howitzers, of which 36 will be built in Romania.',
     {(('KOR', 'ROU'), 'K9', 'agreed')}),
    ("The firm, owned jointly by Turkey's Aselsan and Kazakhstan's national defence company, builds thermal sights near Astana.",
     {(('KAZ', 'TUR'), 'category:electronics', 'done')}),
    ('ISLAMABAD, May 4 (Reuters) - Two of the corvettes were built in Turkey; the other two are being assembled here with Turkish engineers on site.',
     {(('PAK', 'TUR'), 'category:ships', 'done')}),
    ('ANKARA, May 4 (Reuters) - Two hulls were built in Istanbul; the other two are being made in Pakistan with Turkish engineers on site.',
     {(('PAK', 'TUR'), 'category:ships', 'done')}),
    ('Under the offset deal, Lockheed Martin will build F-16 wings in India with Tata.',
     {(('IND', 'USA'), 'F-16', 'agreed')}),
    ('Poland and Ukraine signed a memorandum on joint production of 155mm shells.',
     {(('POL', 'UKR'), 'category:ammunition', 'agreed')}),
    ('Slovakia and Ukraine will jointly repair Soviet-era helicopters.',
     {(('SVK', 'UKR'), 'category:helicopters', 'planned')}),
    ("Spain's Navantia and Saudi Arabia's SAMI set up a joint venture to build corvettes.",
     {(('ESP', 'SAU'), 'category:ships', 'done')}),
    ('A Chinese-Pakistani consortium produces the JF-17 fighter.',
     {(('CHN', 'PAK'), 'JF-17', 'done')}),
    ('Korea Aerospace Industries will provide technical assistance to Indonesia for the KF-21 programme.',
     {(('IDN', 'KOR'), 'KF-21', 'planned')}),
    ('France and Germany agreed to develop a new main battle tank together.',
     {(('DEU', 'FRA'), 'category:tanks', 'agreed')}),
    ('Turkish and Ukrainian engineers are jointly developing an engine for the Akinci drone.',
     {(('TUR', 'UKR'), 'Akinci', 'done')}),
    ("Turkish-Azerbaijani Arms, a joint venture of Turkey's MKE and Azerbaijan's defence ministry, has started series production of Bayraktar TB2 drones near Baku.",
     {(('AZE', 'TUR'), 'Bayraktar TB2', 'done')}),
    ('Army units are receiving Akinci drones made near Baku by Azerbaijani-Turkish Aerospace, a joint venture set up in 2021.',
     {(('AZE', 'TUR'), 'Akinci', 'done')}),
]


HELPING = [
    ('British instructors have trained more than 30,000 Ukrainian recruits since 2022.',
     {(('GBR', 'UKR'), 'category:troops', 'done')}),
    ('France will train Armenian officers at its military academies.',
     {(('ARM', 'FRA'), 'category:troops', 'planned')}),
    ('Turkish officers advise the Libyan coast guard.',
     {(('LBY', 'TUR'), 'category:troops', 'done')}),
    ('Japan has funded the construction of a radar station in the Philippines.',
     {(('JPN', 'PHL'), 'category:military-facility', 'done')}),
    ('The new naval base was built with Chinese money.', set()),
    ('The radar station in Vanuatu was built with Australian funding in 2023.',
     {(('AUS', 'VUT'), 'category:military-facility', 'done')}),
    ('Russia has offered to help Egypt modernise its MiG-29 fleet.',
     {(('EGY', 'RUS'), 'MiG-29', 'proposed')}),
    ('Italian technicians help the Qatari navy maintain its corvettes.',
     {(('ITA', 'QAT'), 'category:ships', 'done')}),
    ("Kenya's soldiers are being trained by US special forces instructors.",
     {(('KEN', 'USA'), 'category:troops', 'done')}),
    ('Germany agreed to help Lithuania build up its air defence.',
     {(('DEU', 'LTU'), 'category:air-defence', 'agreed')}),
    ('India will help Vietnam build a satellite ground station.',
     {(('IND', 'VNM'), 'category:technology', 'planned')}),
    ('A Chinese team trained Cambodian sailors to operate the corvettes.',
     {(('CHN', 'KHM'), 'category:ships', 'done')}),
    ("MANILA - Australian officials visited the coast guard's new jetty on Monday. The jetty was built with Australian funding last year.",
     {(('AUS', 'PHL'), 'category:military-facility', 'done')}),
    ('Tokyo will finance the expansion of a naval base in Sri Lanka.',
     {(('JPN', 'LKA'), 'category:military-facility', 'planned')}),
    ('Ukraine bought the drones with a loan from Turkey.', set()),
    ('Polish and Lithuanian troops trained together near the border.', set()),
    ('India runs a training school in Dhaka, the Bangabandhu Centre, which opened in 2012 and has trained hundreds of Bangladeshi officers.',
     {(('BGD', 'IND'), 'category:troops', 'done')}),
    ('Under a security pact signed in 2023, Australia will help Papua New Guinea build up its navy.',
     {(('AUS', 'PNG'), 'category:ships', 'agreed')}),
    ('The Nigerian Navy is considering an offer from Italy to help refit its ageing corvettes.',
     {(('ITA', 'NGA'), 'category:ships', 'proposed')}),
    ('The Kenyan Navy is weighing an offer from Turkey to help modernise its patrol boats.',
     {(('KEN', 'TUR'), 'category:ships', 'proposed')}),
    ('The army trained 500 new recruits last year.', set()),
    ('Ukrainian pilots trained on F-16s in Denmark.', set()),
    ('Russia paid for the drones with gold.', set()),
    ('Germany financed the purchase of Patriot systems for Ukraine.', set()),
    ('The EU training mission in Mali ended in 2024.',
     {(('EU', 'MLI'), 'category:troops', 'done')}),
    ('Washington paid for the new barracks at the Polish base.',
     {(('POL', 'USA'), 'category:military-facility', 'done')}),
    ('Indian officers trained alongside Egyptian troops in the desert.', set()),
    ("France's navy trained its own divers at Toulon.", set()),
]


@pytest.mark.parametrize("text,expected", MAKING)
def test_joint_making(text, expected):
    assert cooperations(text) == expected


@pytest.mark.parametrize("text,expected", HELPING)
def test_training_and_funding(text, expected):
    assert cooperations(text) == expected


def test_partners_named_as_firm_of_state_and_firm_of_state():
    from ._typed import cooperations
    found = cooperations("The Kaplan MT was jointly developed by FNSS of Turkey and Pindad of Indonesia.")
    assert any(set(k[0]) == {"IDN", "TUR"} for k in found)


def test_help_to_set_up_production_or_build_a_base_is_cooperation():
    from ._typed import cooperations
    assert any(set(k[0]) == {"BLR", "CHN"} for k in cooperations(
        "China has assisted Belarus in establishing production of Polonez launchers near Minsk."))
    found = cooperations("Japan helped the Philippines build a naval base at Subic.")
    assert any(set(k[0]) == {"JPN", "PHL"} and k[1] == "category:military-facility" for k in found)
