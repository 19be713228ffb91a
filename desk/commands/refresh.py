"""`desk refresh` — fetch every subscribed feed and store what is new."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Callable, Iterator

from desk.commands.common import error, open_store


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "refresh",
        help="fetch every subscribed feed and store the new items",
        description="Fetch every feed followed (see `desk feeds`) concurrently and politely, and store new "
        "items once. Each feed that fails is named on stderr with the reason. "
        "Exit status: 0 when every feed was fetched, 2 when any failed.",
    )
    p.add_argument("feeds", nargs="*", metavar="URL|ID", help="refresh only these feeds (default: all)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary (for cron)")
    p.add_argument("--timeout", type=_positive, default=None, metavar="SECONDS",
                   help="give up on a feed that has not answered after this long (default 15)")
    p.add_argument("--concurrency", type=int, default=None, metavar="N", help="feeds fetched at once (default 8)")
    p.add_argument("--retries", type=int, default=None, metavar="N",
                   help="tries again after a server error or timeout, waiting longer each time (default 2)")
    p.set_defaults(func=run)


def _positive(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError("must be more than 0")
    return value


def run(args: argparse.Namespace) -> int:
    from desk.feeds.refresh import refresh_all

    options = {}
    if args.timeout is not None:
        options["timeout"] = args.timeout
    if args.concurrency is not None:
        options["concurrency"] = max(1, args.concurrency)
    if args.retries is not None:
        options["retries"] = max(0, args.retries)
    from desk.feeds.subscriptions import find

    with open_store(args) as store:
        if not store.feed_list():
            if not args.quiet:
                print("no feeds to refresh; add one with: desk feeds add URL", file=sys.stderr)
            return 0
        if args.feeds:
            chosen = [find(store, ref) for ref in args.feeds]
            missing = [ref for ref, feed in zip(args.feeds, chosen, strict=True) if feed is None]
            if missing:
                error(f"no feed {', '.join(missing)} (see desk feeds list)")
                return 1
            options["feed_ids"] = [feed["id"] for feed in chosen if feed]
        with _bar(enabled=not args.quiet) as progress:
            report = refresh_all(store, progress=progress, **options)
    for url, reason in report.failed:
        error(f"{url}: failed: {reason}")
    if not args.quiet:
        for url, reason in report.summaries_kept:
            print(f"desk: {url}: summary kept: {reason}", file=sys.stderr)
        print(
            f"{report.feeds} feed{'' if report.feeds == 1 else 's'}: {report.new} new, {report.updated} updated, "
            f"{report.not_modified} not modified, {len(report.failed)} failed",
            file=sys.stderr,
        )
    return 2 if report.failed else 0


@contextlib.contextmanager
def _bar(*, enabled: bool) -> Iterator[Callable[[int, int, str], None] | None]:
    """A Rich progress bar on stderr when it is a terminal; no callback otherwise."""
    if not enabled or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(
        TextColumn("[bold]refreshing"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        TextColumn("{task.description}", style="dim"), console=Console(stderr=True), transient=True,
    ) as bar:
        task = bar.add_task("", total=None)

        def update(done: int, total: int, url: str) -> None:
            bar.update(task, completed=done, total=total, description=url[-60:])

        yield update
