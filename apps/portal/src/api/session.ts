// The access token lives for the browser tab only (sessionStorage): closing the tab logs out.
const TOKEN_KEY = 'gqt.accessToken';

export const session = {
  token(): string | null {
    return sessionStorage.getItem(TOKEN_KEY);
  },
  save(token: string): void {
    sessionStorage.setItem(TOKEN_KEY, token);
  },
  clear(): void {
    sessionStorage.removeItem(TOKEN_KEY);
  },
};

/** Raised when the API answers 401 to a signed-in call: the session has expired. */
export const SESSION_EXPIRED_EVENT = 'gqt:session-expired';
