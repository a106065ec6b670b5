// Browser tests share one API and one Chromium and the machine has two cores: run them one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
