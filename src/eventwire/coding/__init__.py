"""Event coding: the CAMEO codebook, the verb-pattern dictionary and the matcher."""
