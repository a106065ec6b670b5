// Each test class starts API processes and kills them; running two at once on 2 cores only makes
// the timing of the kills less representative.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
