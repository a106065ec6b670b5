using Competition.Domain.Awards;

namespace Competition.Projections.Leaderboards;

static class AwardsEvents
{
    public static void Apply(AwardsDoc awards, object data)
    {
        switch (data)
        {
            case AwardsProposed e:
                awards.Status = "proposed";
                awards.Awards = [.. e.Awards];
                awards.NoticeEndsAt = null;
                awards.Revoked.Clear();
                break;
            case NoticeOpened e:
                awards.Status = "notice";
                awards.NoticeEndsAt = e.EndsAt;
                break;
            case AppealLodged e when awards.Appeals.All(a => a.Id != e.AppealId):
                awards.Appeals.Add(new AppealDoc { Id = e.AppealId, EntryId = e.EntryId, Reason = e.Reason });
                break;
            case AppealResolved e when awards.Appeals.Find(a => a.Id == e.AppealId) is { } appeal:
                appeal.Upheld = e.Upheld;
                appeal.Note = e.Note;
                break;
            case ProposalWithdrawn or ProposalSuperseded:
                awards.Status = "none";
                awards.Awards = [];
                awards.NoticeEndsAt = null;
                break;
            case AwardsConfirmed e:
                awards.Status = "confirmed";
                awards.Awards = [.. e.Awards];
                break;
            case AwardRevoked e:
                awards.Revoked[e.EntryId] = e.Reason;
                break;
        }
    }
}
