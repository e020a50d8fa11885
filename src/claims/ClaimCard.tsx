import { claimantInSentence, claimSummary } from '../domain/claim-text';
import { formatDay } from '../domain/dates';
import { sideLabel } from '../domain/labels';
import type { Article, Claim } from '../data/schema';
import { SIDE_COLORS } from '../app/theme';

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

export function ClaimCard({ claim, article }: { claim: Claim; article: Article | undefined }) {
  return (
    <article
      className="claim"
      aria-label={`${claim.claimant}, ${formatDay(claim.date, claim.date_precision)}`}
    >
      <header className="claim__head">
        <SideBadge side={claim.side} />
        <span className="claim__date">
          {formatDay(claim.date, claim.date_precision)}
          {claim.date_precision !== 'day' && (
            <span className="claim__precision"> ({claim.date_precision}-precise)</span>
          )}
        </span>
      </header>
      <p className="claim__who">
        According to <strong>{claimantInSentence(claim.claimant)}</strong>, {claimSummary(claim)}.
      </p>
      <blockquote className="claim__quote">{claim.quote}</blockquote>
      {claim.caveat && <p className="claim__caveat">The report adds: “{claim.caveat}”</p>}
      <SourceLine article={article} />
    </article>
  );
}
