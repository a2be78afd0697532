"""The review loop (抽检): who is who (roster), which calls people review (sampling, the
reviewer file), what they found (verdicts, appeals) and how far to trust each rule (stats).

Plain functions over the output directory's Delta tables; the ``callqa sample``, ``review``
and ``appeal`` commands and the nightly flow call them.
"""
