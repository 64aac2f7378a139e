import sys;sys.path.insert(0,'/work/wt/train10/_gen')
from lib import *
for f in sys.argv[1:]: exec(open(f).read())
save()
