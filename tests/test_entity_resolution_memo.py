"""The store remembers resolved spellings per connection; merges, splits and rollbacks anywhere undo that."""

from __future__ import annotations

import pytest

from db.store import Store


def test_same_spellings_resolve_to_the_same_entity(store) -> None:
    first = store.resolve_entity("person", ["Anna Schneider"])
    assert store.resolve_entity("person", ["Anna Schneider"]) == first
    assert store.resolve_entity("person", ["Schneider", "Anna Schneider"]) == first


def test_a_merge_in_another_process_is_followed(store, db_path) -> None:
    anna = store.resolve_entity("person", ["Anna Schneider"])
    mehdi = store.resolve_entity("person", ["Mehdi Rahmati"])
    with Store.open(db_path) as other:
        other.merge_entities(mehdi, anna, "colleague")
    assert store.resolve_entity("person", ["Anna Schneider"]) == mehdi


def test_a_split_in_another_process_is_respected(store, db_path) -> None:
    who = store.resolve_entity("person", ["Mehdi Rahmati", "Mahdi Rahmati"])
    with Store.open(db_path) as other:
        apart = other.split_entity(who, "Mahdi Rahmati", "colleague")
    assert store.resolve_entity("person", ["Mehdi Rahmati", "Mahdi Rahmati"]) == apart
    assert store.resolve_entity("person", ["Mahdi Rahmati"]) == apart


def test_an_entity_made_in_a_rolled_back_transaction_is_forgotten(store) -> None:
    with pytest.raises(RuntimeError), store.transaction():
        lost = store.resolve_entity("person", ["Hans Mensah"])
        raise RuntimeError("the article failed")
    reused = store.resolve_entity("organisation", ["Acme Shipping"])  # may take the rolled-back id
    assert reused == lost, "SQLite gives the next entity the rolled-back id"
    hans = store.resolve_entity("person", ["Hans Mensah"])
    assert hans != reused
    assert store.entity_names(hans) == ["Hans Mensah"]
