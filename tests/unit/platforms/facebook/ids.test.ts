import { describe, expect, it } from 'vitest';
import { cleanPermalink, decodeCommentId, idsFromPermalink, postIdFromPath } from '../../../../lib/platforms/facebook/ids';
import { base64CommentId } from '../../../fixtures/facebook/markup';

describe('decodeCommentId', () => {
  it('takes digits as they are', () => {
    expect(decodeCommentId('1610000000000101')).toEqual({ id: '1610000000000101', postId: null });
  });

  it('decodes the base64 form comment:<post>_<comment>', () => {
    const raw = base64CommentId('810000000000001', '1610000000000101');
    expect(raw.startsWith('Y29tbWVudDo')).toBe(true);
    expect(decodeCommentId(raw)).toEqual({ id: '1610000000000101', postId: '810000000000001' });
  });

  it('accepts the URL-safe alphabet and missing padding', () => {
    const raw = base64CommentId('123456789', '987654321').replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
    expect(decodeCommentId(raw)).toEqual({ id: '987654321', postId: '123456789' });
  });

  it.each(['', 'abc', btoa('hello world, no comment'), btoa('comment:abc_123'), 'not base64 at all!', '1'.repeat(40)])('rejects %j', (raw) => {
    expect(decodeCommentId(raw)).toBeNull();
  });
});

describe('idsFromPermalink', () => {
  it('reads a comment on a /posts/ address (pfbid post token)', () => {
    expect(idsFromPermalink('https://www.facebook.com/shop/posts/pfbid02abcXYZ?comment_id=111&__cft__[0]=AZ&__tn__=R]-R')).toEqual({
      id: '111', parentId: null, postId: 'pfbid02abcXYZ',
    });
  });

  it('files a reply under its own id, with the parent from comment_id', () => {
    expect(idsFromPermalink('https://www.facebook.com/shop/posts/42?comment_id=111&reply_comment_id=222')).toEqual({
      id: '222', parentId: '111', postId: '42',
    });
  });

  it('reads base64 ids for comment and reply, and the post id they carry', () => {
    const href = `https://www.facebook.com/shop/posts/pfbid0x?comment_id=${encodeURIComponent(base64CommentId('42', '111'))}&reply_comment_id=${encodeURIComponent(base64CommentId('42', '222'))}`;
    expect(idsFromPermalink(href)).toEqual({ id: '222', parentId: '111', postId: '42' });
  });

  it('reads permalink.php and story_fbid addresses', () => {
    expect(idsFromPermalink('https://www.facebook.com/permalink.php?story_fbid=pfbid0abc&id=100064000000001&comment_id=5')).toEqual({
      id: '5', parentId: null, postId: 'pfbid0abc',
    });
  });

  it('resolves relative links against facebook.com', () => {
    expect(idsFromPermalink('/shop/posts/7?comment_id=8')).toEqual({ id: '8', parentId: null, postId: '7' });
  });

  it('does not file a reply with an unreadable reply id under its parent', () => {
    expect(idsFromPermalink('https://www.facebook.com/shop/posts/7?comment_id=8&reply_comment_id=%%%garbage')).toBeNull();
    expect(idsFromPermalink('https://www.facebook.com/shop/posts/7?comment_id=8&reply_comment_id=abc')).toBeNull();
  });

  it.each(['https://www.facebook.com/shop/posts/7', 'https://www.facebook.com/shop?comment_id=', 'http://[::1', ''])('finds no comment in %j', (href) => {
    expect(idsFromPermalink(href)).toBeNull();
  });
});

describe('postIdFromPath', () => {
  it('prefers story_fbid, then /posts/<id>', () => {
    expect(postIdFromPath(new URL('https://www.facebook.com/story.php?story_fbid=9&id=1'))).toBe('9');
    expect(postIdFromPath(new URL('https://www.facebook.com/shop/posts/123/'))).toBe('123');
    expect(postIdFromPath(new URL('https://www.facebook.com/shop/photos/1'))).toBeNull();
  });
});

describe('cleanPermalink', () => {
  it('drops tracking parameters and the hash, keeps what identifies the comment', () => {
    expect(cleanPermalink('https://www.facebook.com/shop/posts/7?comment_id=8&reply_comment_id=9&__cft__[0]=AZ&__tn__=R]-R#x')).toBe(
      'https://www.facebook.com/shop/posts/7?comment_id=8&reply_comment_id=9',
    );
    expect(cleanPermalink('/permalink.php?story_fbid=1&id=2&comment_id=3&ref=share')).toBe(
      'https://www.facebook.com/permalink.php?story_fbid=1&id=2&comment_id=3',
    );
  });

  it('refuses addresses that are not http(s)', () => {
    expect(cleanPermalink('javascript:alert(1)')).toBeNull();
    expect(cleanPermalink('data:text/html,<b>x</b>')).toBeNull();
  });
});
