import { claimSummary } from '../domain/claim-text';
import { formatDay } from '../domain/dates';
import { sideLabel } from '../domain/labels';
import { saidLater } from '../domain/reading';
import type { Article, Claim } from '../data/schema';
import { SIDE_COLORS } from '../ui/theme';

export function SideBadge({ side }: { side: Claim['side'] }) {
  return (
    <span className="side-badge" style={{ borderColor: SIDE_COLORS[side] }}>
      <span className="side-badge__dot" style={{ backgroundColor: SIDE_COLORS[side] }} aria-hidden="true" />
      {sideLabel(side)}
    </span>
  );
}

export function SourceLine({ article }: { article: Article | undefined }) {
  if (!article) return <p className="claim__source">Source: unknown report</p>;
  return (
    <p className="claim__source">
      Source: {article.outlet}, “{article.headline}”, {formatDay(article.published)}
    </p>
  );
}

/** "about 15 May 2018", "week of 11 Apr 2016": the event's date as precisely as it is known. */
function eventDate(claim: Claim): string {
  const date = formatDay(claim.date, claim.date_precision);
  return claim.date_precision === 'day' ? date : `${date} (${claim.date_precision}-precise)`;
}

/**
 * One claim: who said it and what it says (its action, or its count in the words used), then
 * the exact words of the report, its caveat and its source. A claim said more than 30 days after
 * the event it describes says so: "said 10 Aug 2018, about 15 May 2018".
 */
export function ClaimCard({ claim, article }: { claim: Claim; article: Article | undefined }) {
  const later = saidLater(claim);
  return (
    <article
      className="claim"
      aria-label={`${claim.claimant}, ${formatDay(claim.date, claim.date_precision)}`}
    >
      <header className="claim__head">
        <SideBadge side={claim.side} />
        <span className="claim__date">
          {later ? (
            <>
              <span className="claim__later">said {formatDay(claim.said)}</span>, about {eventDate(claim)}
            </>
          ) : (
            eventDate(claim)
          )}
        </span>
      </header>
      <p className="claim__who">
        <strong>{claim.claimant}</strong>: {claimSummary(claim)}
      </p>
      <blockquote className="claim__quote">{claim.quote}</blockquote>
      {claim.caveat && <p className="claim__caveat">The report adds: “{claim.caveat}”</p>}
      <SourceLine article={article} />
    </article>
  );
}
