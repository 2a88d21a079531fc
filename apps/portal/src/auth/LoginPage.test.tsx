import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { Providers } from '../App';
import { i18n } from '../i18n';
import { CITIES, fakeApi, meOf, problem } from '../test/render';
import { LoginPage } from './LoginPage';

function renderLogin() {
  return render(
    <Providers>
      <MemoryRouter initialEntries={['/login']}>
        <Routes>
          <Route path="/login" element={<LoginPage />} />
          <Route path="/core" element={<p>core home</p>} />
        </Routes>
      </MemoryRouter>
    </Providers>,
  );
}

describe('the login page', () => {
  it('says why a login failed, in the reader’s language', async () => {
    await i18n.changeLanguage('zh-CN');
    fakeApi({
      'GET /cities': () => CITIES,
      'POST /auth/login': () => problem(401, 'INVALID_CREDENTIALS', 'Invalid username or password'),
    });
    renderLogin();
    fireEvent.change(screen.getByLabelText('用户名'), { target: { value: 'demo-core' } });
    fireEvent.change(screen.getByLabelText('密码'), { target: { value: 'wrong-password' } });
    await userEvent.setup({ delay: null }).click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByText('用户名或密码错误')).toBeTruthy();
  });

  it("takes a user to its role's main page", async () => {
    await i18n.changeLanguage('zh-CN');
    fakeApi({
      'GET /cities': () => CITIES,
      'POST /auth/login': ({ body }) => {
        expect(body).toEqual({ username: 'demo-core', password: 'Demo-secret-1' });
        return { accessToken: 'token', tokenType: 'Bearer', expiresIn: 3600 };
      },
      'GET /me': ({ headers }) => {
        expect(headers.Authorization).toBe('Bearer token');
        return meOf('CORE_ENTERPRISE');
      },
    });
    renderLogin();
    fireEvent.change(screen.getByLabelText('用户名'), { target: { value: ' demo-core ' } });
    fireEvent.change(screen.getByLabelText('密码'), { target: { value: 'Demo-secret-1' } });
    await userEvent.setup({ delay: null }).click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByText('core home')).toBeTruthy();
  });

  it('switches every label to English and back, and remembers the choice', async () => {
    await i18n.changeLanguage('zh-CN');
    fakeApi({ 'GET /cities': () => CITIES });
    renderLogin();
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByText('English'));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Log in' })).toBeTruthy());
    expect(screen.getByLabelText('Username')).toBeTruthy();
    expect(screen.queryByText('用户名')).toBeNull();
    expect(localStorage.getItem('gqt.language')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    await user.click(screen.getByText('中文'));
    await waitFor(() => expect(screen.getByRole('button', { name: '登录' })).toBeTruthy());
  });
});
