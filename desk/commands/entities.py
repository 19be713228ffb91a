"""`desk entities` — the store's entities across articles; merge and split them."""

from __future__ import annotations

import argparse

from desk.commands.common import open_store, print_json


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "entities",
        help="list entities across articles; merge or split them",
        description="List the people, places and organisations in the store with every spelling seen. "
        "`merge A B` folds entity B into A; `split A SPELLING` takes a spelling out of A. "
        "Both decisions are kept for later ingests.",
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--kind", choices=["person", "place", "organisation", "other"], help="only this kind")
    p.add_argument("--user", help="name recorded with a merge or split (default: config user or login name)")
    p.set_defaults(func=run_list)
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    m = actions.add_parser("merge", help="merge entity B into entity A")
    m.add_argument("keep", type=int, metavar="A")
    m.add_argument("other", type=int, metavar="B")
    m.set_defaults(func=run_merge)
    s = actions.add_parser("split", help="take SPELLING out of entity A into a new entity")
    s.add_argument("entity", type=int, metavar="A")
    s.add_argument("alias", metavar="SPELLING")
    s.set_defaults(func=run_split)


def _user(args: argparse.Namespace) -> str:
    from desk.config import load_config

    return args.user or load_config().user


def run_list(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        rows = store.entities_summary()
    finally:
        store.close()
    if args.kind:
        rows = [r for r in rows if r["kind"] == args.kind]
    if args.json:
        print_json(rows)
        return 0
    for r in rows:
        aliases = f"  (also {', '.join(r['aliases'])})" if r["aliases"] else ""
        print(f"{r['id']:>6}  {r['kind']:<12} {r['name']}{aliases}  — {r['articles']} articles, {r['mentions']} mentions")
    return 0


def run_merge(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        store.merge_entities(args.keep, args.other, _user(args))
    finally:
        store.close()
    print(f"merged entity {args.other} into {args.keep}")
    return 0


def run_split(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        new_id = store.split_entity(args.entity, args.alias, _user(args))
    finally:
        store.close()
    print(f"split {args.alias!r} out of entity {args.entity} into new entity {new_id}")
    return 0
