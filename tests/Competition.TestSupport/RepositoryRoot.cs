namespace Competition.TestSupport;

public static class RepositoryRoot
{
    /// <summary>The folder holding Competition.sln, found by walking up from the test binaries.</summary>
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Competition.sln"))) return dir.FullName;
        throw new InvalidOperationException($"Competition.sln not found above {AppContext.BaseDirectory}.");
    }
}
