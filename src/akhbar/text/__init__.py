"""Text primitives shared by every later step: normalisation with offset maps, tokens, sentences, dates."""
