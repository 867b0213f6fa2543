"""Independent, seeded generator of eval cases for the Changping policy assistant.

The package reads nothing from the code under test. Its expectations come from
``provisions`` (a hand reading of the two policy texts) and ``reference`` (pure
arithmetic on slot values); ``surface`` writes numerals and phrasings and
``scenarios`` combines slots, surfaces, distractors and turns into cases.
"""
