"""Articles for the event tests: unrelated stories that must stay out of the Daraa event.

This module holds data only; the tests that use it live in the other test_events_* files.
"""

from __future__ import annotations

KOREA_1 = (
    "date 2024-12-07 Korea Herald/ South Korean President Yoon Suk Yeol survived an impeachment vote in the "
    "National Assembly on Saturday after most lawmakers of his ruling People Power Party walked out of the chamber.\n\n"
    "The motion needed 200 votes in the 300-seat assembly to pass, but only 195 lawmakers cast ballots, "
    "Speaker Woo Won-shik said, declaring the vote invalid.\n\n"
    "Yoon had apologised earlier in the day for his short-lived declaration of martial law on Tuesday night, "
    "saying he would leave his fate to the party.\n\n"
    "\"I am very sorry and I apologise sincerely to the people who were shocked,\" Yoon said in a televised address.\n\n"
    "Thousands of protesters gathered outside the National Assembly in Seoul, demanding his removal. "
    "The opposition Democratic Party said it would bring a new impeachment motion next week."
)

KOREA_2 = (
    "date 2024-12-08 Yonhap/ The impeachment motion against President Yoon Suk Yeol was scrapped late Saturday "
    "after the ruling People Power Party boycotted the vote in the National Assembly.\n\n"
    "Democratic Party leader Lee Jae-myung vowed to try again, saying the opposition would put a fresh motion "
    "to the assembly every week until Yoon is removed.\n\n"
    "Only 195 of the 300 lawmakers voted, short of the 200 needed for the motion to be valid, "
    "Speaker Woo Won-shik announced.\n\n"
    "Police estimated that about 150,000 people rallied near the assembly in Seoul, while organisers said a "
    "million took part. Yoon's martial law decree on Tuesday lasted six hours before lawmakers voted it down."
)

NOTRE_DAME = (
    "date 2024-12-07 France 24/ Notre-Dame cathedral in Paris reopened on Saturday evening, five years after a "
    "fire ravaged the Gothic landmark, with President Emmanuel Macron thanking the firefighters, craftsmen "
    "and donors who rebuilt it.\n\n"
    "Archbishop Laurent Ulrich knocked three times on the cathedral's doors with his crozier before they "
    "were opened, as the choir sang psalms.\n\n"
    "Around 40 heads of state and government attended, including US President-elect Donald Trump and "
    "Ukrainian President Volodymyr Zelensky, who met Macron at the Elysee Palace before the ceremony.\n\n"
    "The restoration cost about 700 million euros, paid for by donations from around the world."
)

LEBANON = (
    "date 2024-12-07 Naharnet/ Israeli drones struck a car in the southern Lebanese town of Marjayoun on "
    "Saturday, killing two people, Lebanon's health ministry said, the latest strike since a ceasefire between "
    "Israel and Hezbollah took effect on November 27.\n\n"
    "The Israeli army said it had targeted a Hezbollah operative who was moving weapons near the border.\n\n"
    "The truce, brokered by the United States and France, gave Israel 60 days to withdraw its troops from "
    "southern Lebanon while the Lebanese army deploys in the area.\n\n"
    "Lebanese Prime Minister Najib Mikati called on the monitoring committee led by a US general to halt "
    "what he called repeated violations."
)

EARTHQUAKE = (
    "date 2023-02-07 Al Jazeera/ Rescuers in northwest Syria pulled survivors from the rubble of collapsed "
    "buildings in Idlib and Aleppo on Tuesday, a day after a 7.8-magnitude earthquake struck southern Turkey "
    "and northern Syria.\n\n"
    "The White Helmets civil defence group said more than 1,200 people had been killed in opposition-held "
    "areas, while the Syrian health ministry in Damascus reported 812 deaths in government-held areas.\n\n"
    "President Bashar al-Assad chaired an emergency cabinet meeting, and the United Nations said aid "
    "convoys through the Bab al-Hawa border crossing had been halted by damage to roads."
)

FOOTBALL = (
    "date 2024-12-07 Marca/ Real Madrid beat Girona 3-0 at Montilivi on Saturday, with Jude Bellingham, "
    "Arda Guler and Kylian Mbappe scoring to keep Carlo Ancelotti's side two points behind Barcelona.\n\n"
    "Bellingham opened the scoring in the 36th minute with a low shot after a pass from Vinicius Junior.\n\n"
    "Girona coach Michel said his side had paid for its mistakes. Madrid face Atalanta in the Champions League on Tuesday."
)

UNRELATED = {
    "korea_1.txt": KOREA_1,
    "korea_2.txt": KOREA_2,
    "notre_dame.txt": NOTRE_DAME,
    "lebanon.txt": LEBANON,
    "earthquake.txt": EARTHQUAKE,
    "football.txt": FOOTBALL,
}
