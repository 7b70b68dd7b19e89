"""Command line: review a question, or score the coach on a labelled file.

    python -m lesson_utils.coach "Can you refer clients to me?"
    python -m lesson_utils.coach --eval questions.jsonl [--errors]
    python -m lesson_utils.coach --pooled --eval a.jsonl --eval b.jsonl
"""

from __future__ import annotations

import argparse
import sys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m lesson_utils.coach", description=__doc__.splitlines()[0])
    parser.add_argument("question", nargs="*", help="a drafted question to review")
    parser.add_argument("--eval", metavar="FILE", action="append", help="JSON-lines file of labelled questions")
    parser.add_argument("--errors", action="store_true", help="list misclassified items")
    parser.add_argument("--pooled", action="store_true", help="score all --eval files together as one set")
    args = parser.parse_args(argv)
    if args.eval:
        from .evaluate import evaluate, load, report
        if args.pooled:
            try:
                items = [it for path in args.eval for it in load(path)]
            except (OSError, ValueError, KeyError) as exc:
                print(f"Could not read a file: {exc}", file=sys.stderr)
                return 2
            print(f"== {len(args.eval)} files pooled")
            print(report(evaluate(items), show_errors=args.errors))
            return 0
        for i, path in enumerate(args.eval):
            try:
                items = load(path)
            except (OSError, ValueError, KeyError) as exc:
                print(f"Could not read {path}: {exc}", file=sys.stderr)
                return 2
            if i:
                print()
            print(f"== {path}")
            print(report(evaluate(items), show_errors=args.errors))
        return 0
    if not args.question:
        parser.print_help()
        return 1
    from .review import review
    print(review(" ".join(args.question)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
