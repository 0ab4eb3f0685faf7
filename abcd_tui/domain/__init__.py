"""Plain records and rules of an ABCD asset map. Imports nothing of ours, does no I/O."""
