"""One module per `desk` subcommand, each with `register(subparsers)`."""
