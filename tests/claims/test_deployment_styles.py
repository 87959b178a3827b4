"""Deployments written in the styles of different outlets: stationing, rotations, bases kept
abroad, a navy's ships moored or docked at a foreign port (not new hulls delivered, not ships
said not to be there) with the named weapons they carry, weapons a foreign force deploys
('Chinese drones deployed by the Emirati air force'), what a force placed before brings or
counts ('This year's contingent brings Challenger 2 tanks'), forces let in by a state
('authorised U.S. Marines to enter the country'), a refusal to host, a wanted presence, and
what is no deployment (a police mission led, talk of air defence, air defence in action at home)."""
from __future__ import annotations

import pytest

from ._typed import deployments

CASES = [
    ('Chinese Wing Loong drones have been deployed by the Emirati air force in Libya.',
     {('ARE', 'LBY', 'category:airbase', 'done'), ('ARE', 'LBY', 'Wing Loong I', 'done')}),
    ('Britain will station 900 troops in Estonia next year.',
     {('GBR', 'EST', 'category:troops', 'planned')}),
    ('About 2,500 US Marines rotate through Darwin every year.',
     {('USA', 'AUS', 'category:troops', 'done')}),
    ('France keeps a naval base in Abu Dhabi.',
     {('FRA', 'ARE', 'category:military-facility', 'done')}),
    ('India has deployed a squadron of Su-30MKI fighters to an air base in Tajikistan.',
     {('IND', 'TJK', 'Su-30', 'done')}),
    ("Germany's Patriot batteries remain stationed in Poland.",
     {('DEU', 'POL', 'Patriot', 'done')}),
    ('Turkey maintains some 3,000 soldiers at its base in Qatar.',
     {('TUR', 'QAT', 'category:military-facility', 'done'), ('TUR', 'QAT', 'category:troops', 'done')}),
    ('Russian S-400 systems were moved to Belarus in February.',
     {('RUS', 'BLR', 'S-400', 'done')}),
    ('Hungary refused to host American troops.',
     {('USA', 'HUN', 'category:troops', 'refused')}),
    ("Rwandan troops arrived in Mozambique's Cabo Delgado province in July.",
     {('RWA', 'MOZ', 'category:troops', 'done')}),
    ('Kenya will lead a multinational police mission in Haiti.', set()),
    ('Russia talked about air defence cooperation with Belarus.', set()),
    ("The Chinese navy's ships have been moored at a Cambodian naval base for four months.",
     {('CHN', 'KHM', 'category:ships', 'done')}),
    ('A Turkish navy frigate docked in Mogadishu on Monday.',
     {('TUR', 'SOM', 'category:ships', 'done')}),
    ('Two Russian warships berthed in Havana on Wednesday.',
     {('RUS', 'CUB', 'category:ships', 'done')}),
    ('The new frigates docked in Alexandria after their delivery voyage from Germany.', set()),
    ("About 1,200 British troops are stationed in Estonia. This year's contingent brings Challenger 2 tanks and AS-90 howitzers.",
     {('GBR', 'EST', 'Challenger 2', 'done'), ('GBR', 'EST', 'category:troops', 'done'), ('GBR', 'EST', 'AS-90', 'done')}),
    ('Russian forces remain stationed at the Kant air base in Kyrgyzstan. At its peak the air group counted Su-25 jets and Mi-8 helicopters.',
     {('RUS', 'KGZ', 'Mi-8', 'done'), ('RUS', 'KGZ', 'category:troops', 'done'), ('RUS', 'KGZ', 'Su-25', 'done')}),
    ("Colombia's Senate last week authorised a contingent of U.S. Marines to enter the country for training with Colombian units.",
     {('USA', 'COL', 'category:troops', 'planned')}),
    ('The Chinese navy destroyer Nanchang, which carries YJ-18 anti-ship missiles, docked in Karachi before the exercise.',
     {('CHN', 'PAK', 'category:ships', 'done'), ('CHN', 'PAK', 'YJ-18', 'done')}),
    ('Lithuania wants a permanent NATO air defence presence on its territory.',
     {('NATO', 'LTU', 'category:air-defence', 'proposed')}),
    ('Officials discussed air defence for the Baltic states at the summit.', set()),
    ("Poland's air defence shot down a drone near the border.", set()),
    ('The United States keeps about 28,500 troops in South Korea.',
     {('USA', 'KOR', 'category:troops', 'done')}),
    ('Greek officials said no Russian warships are docked in Piraeus.', set()),
    ('Two Iranian navy ships docked in Port Sudan on Sunday.',
     {('IRN', 'SDN', 'category:ships', 'done')}),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_written_styles(text, expected):
    assert deployments(text) == expected
