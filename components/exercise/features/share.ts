/** Share: copy a link that reproduces a run (the exercise and the code; the checks fix the seeds). */
import { encodeRun, shareUrl, ShareTooLarge } from '../shareLink.ts';
import type { ExerciseView } from '../view.ts';

export async function shareRun(view: ExerciseView, code: string): Promise<void> {
  const panel = view.share;
  const field = view.shareLink;
  if (!panel || !field) return;
  let url: string;
  try {
    url = shareUrl(location.href, await encodeRun({ id: view.id, code }));
  } catch (err) {
    view.setStatus(
      err instanceof ShareTooLarge ? err.message : 'This browser could not make a link.',
    );
    return;
  }
  field.value = url;
  panel.hidden = false;
  try {
    await navigator.clipboard.writeText(url);
    view.setStatus('Link copied');
  } catch {
    // No clipboard (permission, insecure context): the field is there to copy by hand.
    field.focus();
    field.select();
    view.setStatus('Copy the link from the field below the toolbar.');
  }
}
