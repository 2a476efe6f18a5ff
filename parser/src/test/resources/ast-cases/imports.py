import a
import a.b.c as d, e
from . import x
from .. import (y as z, w,)
from ...m import *
from a.b import c
from .... import q
