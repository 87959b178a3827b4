"""Exercises written in the styles of different outlets: named drills (also one forces join 'for
African Lion'), hosts by place, coast or compass ('south of Crete'), participants joining in a
with-clause ('with South Korea and Japan also taking part') or named in a description of the
drill ('an exercise hosted by the US Air Force ..., which also involved Dutch and British
jets'), an alliance that is no host, a refused invitation, a state drilling alone, a drill
placed where the participants arrived (a unit's name holds a place; 'belonging to' is no
place), a past joint drill."""
from __future__ import annotations

import pytest

from ._typed import exercises

CASES = [
    ('Indian and French warships held their annual Varuna exercise in the Arabian Sea off Mumbai.',
     {(('FRA', 'IND'), 'IND')}),
    ("Troops from Kazakhstan, Kyrgyzstan and Russia took part in the CSTO's Interaction drills in Belarus.",
     {(('CSTO', 'KAZ', 'KGZ', 'RUS'), 'BLR')}),
    ('The US-led Cobra Gold exercise opened in Thailand on Tuesday, with South Korea and Japan also taking part.',
     {(('JPN', 'KOR', 'USA'), 'THA')}),
    ('Egyptian paratroopers trained alongside Greek special forces during the Medusa drills in Crete.',
     {(('EGY', 'GRC'), 'GRC')}),
    ('Mongolia hosted the Khaan Quest peacekeeping exercise with troops from the United States and India.',
     {(('IND', 'MNG', 'USA'), 'MNG')}),
    ('The Chinese and Pakistani air forces began their Shaheen-X joint exercise in Pakistan on Monday.',
     {(('CHN', 'PAK'), 'PAK')}),
    ('Japan and Australia will conduct joint air drills in northern Australia next month.',
     {(('AUS', 'JPN'), 'AUS')}),
    ('Soldiers from Poland and Lithuania staged a joint exercise near the Suwalki Gap.',
     {(('LTU', 'POL'), 'POL')}),
    ("Brazil's army held a live-fire exercise in the Amazon.",
     {(('BRA',), 'BRA')}),
    ("Last year's Zapad exercise involved Russian and Belarusian troops in Belarus.",
     {(('BLR', 'RUS'), 'BLR')}),
    ('Turkish jets joined Azerbaijani forces for the TurAz Falcon drills near Baku.',
     {(('AZE', 'TUR'), 'AZE')}),
    ('The drills, hosted by Jordan, brought together soldiers from Jordan, the United States and Saudi Arabia.',
     {(('JOR', 'SAU', 'USA'), 'JOR')}),
    ('Vietnam rejected an invitation to join the Chinese naval drills.',
     {(('CHN', 'VNM'), 'UNK')}),
    ('Greek and Egyptian frigates held drills south of Crete last week.',
     {(('EGY', 'GRC'), 'GRC')}),
    ('DAKAR, March 3 (Reuters) - Senegal and France held a joint naval exercise off the coast of Casamance on Thursday.',
     {(('FRA', 'SEN'), 'SEN')}),
    ('The Pacific Rotational Force - Guam has arrived in Australia, with launchers belonging to the US Army. Over the coming months the force will train with partners. Exercise Southern Jackaroo will bring together Australian, US and Japanese troops.',
     {(('AUS', 'JPN', 'USA'), 'AUS')}),
    ('Egyptian and Saudi crews flew together in the Faisal-13 exercise at an air base in Saudi Arabia, and Egyptian frigates joined Greek ships for the Medusa drills south of Crete.',
     {(('EGY', 'SAU'), 'SAU'), (('EGY', 'GRC'), 'GRC')}),
    ('Italian Eurofighters and 120 personnel flew to Nevada to take part in Red Flag, a multinational air combat exercise hosted by the US Air Force at Nellis Air Force Base, which also involved Dutch and British jets.',
     {(('GBR', 'ITA', 'NLD', 'USA'), 'USA')}),
    ('Around 3,000 troops from Armenia and the United States are taking part in Eagle Partner at a range near Yerevan.',
     {(('ARM', 'USA'), 'ARM')}),
    ('The annual Malabar naval exercise, involving India, Japan, Australia and the US, got under way off Okinawa.',
     {(('AUS', 'IND', 'JPN', 'USA'), 'JPN')}),
    ('Philippine and American forces launched their largest-ever Balikatan drills on Luzon.',
     {(('PHL', 'USA'), 'PHL')}),
    ('Moroccan soldiers joined US troops for African Lion in the south of the country.',
     {(('MAR', 'USA'), 'MAR')}),
    ('Soldiers from Chile, Peru and Brazil wrapped up the UNITAS exercise in Chilean waters.',
     {(('BRA', 'CHL', 'PER'), 'CHL')}),
    ('The drills brought together some 4,000 troops from Kazakhstan, Russia and China.',
     {(('CHN', 'KAZ', 'RUS'), 'UNK')}),
    ('China and Cambodia held their Golden Dragon exercise in Kampong Speu province.',
     {(('CHN', 'KHM'), 'KHM')}),
    ('Russian paratroopers drilled with Belarusian units at the Brestsky range in Belarus.',
     {(('BLR', 'RUS'), 'BLR')}),
    ('Vietnam last staged joint drills with Russia in 2013.',
     {(('RUS', 'VNM'), 'UNK')}),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_written_styles(text, expected):
    assert exercises(text) == expected
