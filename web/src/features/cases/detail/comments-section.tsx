import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format-context';
import { Button, Card, ErrorAlert, Loading, TextArea } from '../../../ui';
import { useAddComment, useComments } from '../case-parts-api';

/** Plain-text notes between the agencies working on the case, oldest first. */
export function CommentsSection({ caseId, canComment }: { caseId: string; canComment: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const comments = useComments(caseId);
  const add = useAddComment(caseId);
  const [body, setBody] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) {
      setProblem(t('validation.required'));
      return;
    }
    setProblem(null);
    add.mutate(body.trim(), { onSuccess: () => setBody('') });
  };

  return (
    <Card title={t('cases.comments.title')}>
      <div className="stack">
        {comments.isPending ? <Loading /> : null}
        <ErrorAlert error={comments.error} />
        {comments.data?.items.length === 0 ? <p className="muted">{t('cases.comments.none')}</p> : null}
        <ol className="comment-list">
          {comments.data?.items.map((comment) => (
            <li key={comment.id} className="comment">
              <p className="comment__meta">
                <strong>{comment.author.name}</strong>
                <span className="muted">{` · ${comment.author.agencyName} · ${format.dateTime(comment.createdAt)}`}</span>
              </p>
              <p className="comment__body">{comment.body}</p>
            </li>
          ))}
        </ol>
        {canComment ? (
          <form className="form" onSubmit={submit} noValidate>
            <TextArea
              label={t('cases.comments.new')}
              hint={t('cases.comments.hint')}
              value={body}
              maxLength={10_000}
              onChange={(event) => setBody(event.target.value)}
              error={problem}
            />
            <ErrorAlert error={add.error} />
            <div className="form-actions">
              <Button type="submit" variant="primary" isPending={add.isPending}>
                {t('cases.comments.submit')}
              </Button>
            </div>
          </form>
        ) : null}
      </div>
    </Card>
  );
}
