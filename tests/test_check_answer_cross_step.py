

# ------------------------------------------------------------------ a side rewritten wrongly
# Class: an equation copied to the next line with one side unchanged and the other simplified into
# a different constant multiple of itself.
def test_a_side_simplified_into_another_multiple_is_flagged():
    from matsci_jupyter.engines.answer.cross_step import rewritten_side_problems

    first = _st("((k)/(3) + (k)/(6))(L - y) = 2 k y", 1)
    wrong = _st("((k)/(9))(L - y) = 2 k y", 2)  # k/3 + k/6 is k/2
    right = _st("((k)/(2))(L - y) = 2 k y", 2)
    flipped = _st("(-(k)/(2))(L - y) = 2 k y", 2)  # a sign slip is not checked
    assert rewritten_side_problems([first, wrong])
    assert rewritten_side_problems([first, right]) == []
    assert rewritten_side_problems([first, flipped]) == []
    # the kept side differs: two different equations, not a rewrite
    assert rewritten_side_problems([first, _st("((k)/(9))(L - y) = 3 k y", 2)]) == []
