"""Language identification: non-English documents are kept, marked and skipped."""
from __future__ import annotations

from armsgraph.clean import CleanOptions, clean
from armsgraph.clean.language import identify
from armsgraph.model import Document

RU = ("Совместные стратегические учения вооружённых сил Беларуси и России прошли в сентябре "
      "на полигонах обеих стран. В них участвовали около двухсот тысяч военнослужащих.")
FR = ("La Pologne a reçu les premiers chars sud-coréens K2 dans le port de Gdynia. Le ministre "
      "de la Défense a salué une livraison rapide, quatre mois après la signature du contrat.")
EN = ("Poland received the first South Korean K2 tanks at the port of Gdynia. The defence "
      "minister welcomed a fast delivery, four months after the contract was signed.")


def test_identify():
    assert identify(RU)[0] == "ru" and identify(FR)[0] == "fr" and identify(EN)[0] == "en"


def test_non_english_documents_are_skipped_with_the_reason():
    docs = clean([Document(id="ru", raw=RU), Document(id="fr", raw=FR), Document(id="en", raw=EN)],
                 CleanOptions(find_title=False))
    assert [(d.language, d.skip_reason) for d in docs] == [
        ("ru", "language: ru"), ("fr", "language: fr"), ("en", None)]
    assert docs[0].text == RU           # text is still there for the record


def test_another_target_language():
    docs = clean([Document(id="fr", raw=FR), Document(id="en", raw=EN)],
                 CleanOptions(language="fr", find_title=False))
    assert [d.skip_reason for d in docs] == [None, "language: en"]


def test_short_text_is_not_judged():
    doc = clean([Document(id="s", raw="Belarus Minsk S-300 Iskander-M 2022 Su-30SM")])[0]
    assert doc.skip_reason is None
