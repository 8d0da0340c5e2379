"""Matrix products of the model's networks through numpy's BLAS, on one thread.

thinc's ``NumpyOps`` multiplies matrices with blis. Here (numpy's OpenBLAS, an AMD EPYC) the
products en_core_web_sm's networks make on news text (a few hundred rows of 96-576 columns
at a time) take 2.7x as long in blis as in numpy's ``matmul`` on one thread, and they are
about a third of the whole parse. :func:`use_numpy_matmul` gives every layer of the pipeline's
networks :class:`MatmulOps`, whose ``gemm`` is ``numpy.matmul``; everything else is thinc's.

The two libraries add up the same products in different orders, so scores differ in the last
bits (~1e-5); the tags, parses, entities and triples are those of blis on the texts the tests
compare (tests/integration/test_matmul.py), and a near tie could in principle go the other
way.

On more than one thread OpenBLAS spends more CPU than it saves on products this small (three
to five times the CPU on two cores here), and ``--jobs`` already gives each core a process.
So the swap is made only where numpy's BLAS can be held to one thread (``threadpoolctl``
finds it), and it is: a process that loads kgraph's pipeline runs numpy's BLAS on one thread
from then on. Elsewhere the pipeline keeps blis.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy
from thinc.api import NumpyOps

if TYPE_CHECKING:
    from spacy.language import Language


class MatmulOps(NumpyOps):
    """thinc's ``NumpyOps`` with ``gemm`` by ``numpy.matmul``."""

    def gemm(
        self,
        x: Any,
        y: Any,
        out: Any = None,
        trans1: bool = False,
        trans2: bool = False,
    ) -> Any:
        if trans1:
            x = x.T
        if trans2:
            y = y.T
        if out is None:
            return numpy.matmul(x, y)
        numpy.matmul(x, y, out=out)
        return out


def one_blas_thread() -> bool:
    """Hold numpy's BLAS to one thread; whether one was found to hold (``threadpoolctl``)."""
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:
        return False
    blas = ThreadpoolController().select(user_api="blas")
    if not blas.lib_controllers:
        return False
    blas.limit(limits=1)
    return True


def use_numpy_matmul(nlp: Language) -> bool:
    """Give every layer of the pipeline's networks :class:`MatmulOps` (see the module's
    docstring). Returns whether it did: not where numpy's BLAS cannot be held to one thread."""
    if not one_blas_thread():
        return False
    ops = MatmulOps()
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            for layer in model.walk():
                layer.ops = ops
    return True
