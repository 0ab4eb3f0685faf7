"""The Textual app. The only layer (with cli.py) that may import Textual."""
