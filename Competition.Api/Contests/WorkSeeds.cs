using System.Security.Cryptography;

namespace Competition.Api.Contests;

/// The secret a blind stage's work codes are drawn from: 128 random bits, recorded with the codes and shown to no one
/// but the organizer until the codes are opened, so nobody can work the codes out from the entries beforehand.
public static class WorkSeeds
{
    public static string New() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
