// A load run is recorded as soon as it starts, so a run that was killed stays visible.
CREATE (r:LoadRun {id: $id, started_at: datetime($started_at), status: 'running', paths: $paths, dry_run: false})
