"""Imported by the forkserver that starts extraction worker processes (`set_forkserver_preload`):
the pipeline, cue lists and gate are built once, in the server, before it forks each worker,
so every worker starts with them (shared copy-on-write) instead of spending the same second
building its own. The server is single-threaded when it forks, so forking it is safe."""

from extract.parallel import warm_worker

warm_worker()
