import { expect, test, type Page } from '@playwright/test';
import { apiAs, apiGet, fenOf, invoiceNumber, logIn, screenshot, shanghaiDay, tokenOf, yuan } from './support';

// The journey of issue 7, in one browser, through the portal only: an SME registers a receivable,
// the core enterprise confirms it in a batch, the SME asks for a loan, the bank approves and
// disburses, the regulator finds it, and the language toggle switches every label.
test.describe.configure({ mode: 'serial' });

const base = `HT-E2E-${Date.now().toString(36).toUpperCase()}`;
const contractA = `${base}-A`;
const contractB = `${base}-B`;
const rowOf = (page: Page, contractNo: string) => page.getByRole('row').filter({ hasText: contractNo });

let coreUscc: string;
// What Liuzhou had outstanding before the journey (the demo data has receivables of its own).
let liuzhouBefore: bigint;

const liuzhouOutstanding = async (): Promise<bigint> => {
  const aging = await apiGet<{ items: { key: string; totalAmount: string }[] }>(
    await tokenOf('demo-regulator'),
    '/monitoring/aging?groupBy=city',
  );
  return fenOf(aging.items.find((row) => row.key === '450200')?.totalAmount ?? '0');
};

test.beforeAll(async () => {
  liuzhouBefore = await liuzhouOutstanding();
});

test('an SME registers a receivable with its invoice lines', async ({ browser }) => {
  const sme = await logIn(browser, 'demo-sme');
  await expect(sme).toHaveURL(/\/sme$/);
  const cores = (await apiAs(sme, 'GET', '/enterprises?kind=CORE')) as { items: { uscc: string; name: string }[] };
  coreUscc = cores.items.find((e) => e.name === '柳州示范汽车工业集团有限公司')!.uscc;

  await sme.getByRole('menuitem', { name: '登记应收账款' }).click();
  await expect(sme).toHaveURL(/\/sme\/receivables\/new$/);
  await sme.getByLabel('债务人统一社会信用代码').fill(coreUscc);
  await sme.keyboard.press('Escape');
  await sme.getByLabel('合同编号').fill(contractA);
  await sme.getByLabel('发票号码').nth(0).fill(invoiceNumber());
  await sme.getByLabel('发票金额').nth(0).fill('300000');
  await sme.getByRole('button', { name: '添加发票' }).click();
  await sme.getByLabel('发票号码').nth(1).fill(invoiceNumber());
  await sme.getByLabel('发票金额').nth(1).fill('200000.5');
  await expect(sme.locator('.receivable-total')).toHaveText('¥500,000.50');
  const due = sme.getByLabel('到期日');
  await due.click();
  await due.fill(shanghaiDay(60));
  await due.press('Tab');
  await sme.getByRole('button', { name: '提交登记' }).click();

  await expect(sme).toHaveURL(/\/receivables\/[0-9a-f-]{36}$/);
  await expect(sme.getByRole('heading', { name: `应收账款 ${contractA}` })).toBeVisible();
  await expect(sme.locator('.page-title').getByText('待确权')).toBeVisible();
  await expect(sme.locator('.receivable-timeline').getByText('登记')).toBeVisible();

  // A second one, arranged through the API, so that the core enterprise has a batch to confirm.
  await apiAs(sme, 'POST', '/receivables', {
    debtorUscc: coreUscc,
    contractNo: contractB,
    invoices: [{ number: invoiceNumber(), amount: '12000.00', issueDate: shanghaiDay(-2) }],
    amount: '12000.00',
    deliveryDate: shanghaiDay(-2),
    dueDate: shanghaiDay(30),
  });
  await sme.context().close();
});

test('the SME uploads a file of receivables and reads the per-row error report', async ({ browser }) => {
  const sme = await logIn(browser, 'demo-sme');
  await sme.getByRole('menuitem', { name: '批量导入' }).click();
  const [template] = await Promise.all([
    sme.waitForEvent('download'),
    sme.getByRole('button', { name: '下载 CSV 模板' }).click(),
  ]);
  expect(template.suggestedFilename()).toBe('receivables-template.csv');

  const header = 'contractNo,debtorUscc,invoiceNumber,invoiceAmount,invoiceIssueDate,deliveryDate,dueDate,description';
  const row = (contract: string, debtor: string) =>
    [contract, debtor, invoiceNumber(), '8000.00', shanghaiDay(-1), shanghaiDay(-1), shanghaiDay(45), 'upload'].join(
      ',',
    );
  const csv = [header, row(`${base}-UP1`, coreUscc), row(`${base}-UP2`, '91450200MA5KD0001X')].join('\n');
  await sme
    .locator('input[type=file]')
    .setInputFiles({ name: 'receivables.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });

  const progress = sme.locator('.job-progress');
  await expect(progress.getByText('已完成')).toBeVisible();
  await expect(progress).toContainText('共 2 行，成功 1，失败 1');
  const refused = progress.getByRole('row').filter({ hasText: 'USCC_INVALID' });
  await expect(refused).toContainText('3');
  await expect(refused).toContainText('统一社会信用代码校验位不正确');
  await sme.context().close();
});

test('the core enterprise confirms both in one batch', async ({ browser }) => {
  const core = await logIn(browser, 'demo-core');
  await expect(core).toHaveURL(/\/core$/);
  await expect(rowOf(core, contractA)).toContainText('¥500,000.50');
  await expect(rowOf(core, contractB)).toContainText('¥12,000.00');
  await screenshot(core, 'core-enterprise', rowOf(core, contractA));

  await rowOf(core, contractA).getByRole('checkbox').check();
  await rowOf(core, contractB).getByRole('checkbox').check();
  await core.getByRole('button', { name: '确权所选（2）' }).click();
  await core.locator('.ant-popconfirm').getByRole('button', { name: '确权' }).click();
  await expect(core.getByText('已确权 2 / 2 笔')).toBeVisible();
  await expect(rowOf(core, contractA)).toHaveCount(0);

  await core.getByRole('menuitem', { name: '应付账款' }).click();
  await expect(rowOf(core, contractA)).toContainText('已确权');
  await core.context().close();
});

test("the SME asks a bank for a loan and sees the bank's maximum follow its picks", async ({ browser }) => {
  const sme = await logIn(browser, 'demo-sme');
  await sme.goto('/sme/financing/new');
  await sme.getByLabel('银行').click();
  await sme.locator('.ant-select-item-option').filter({ hasText: '广西北部湾示范银行股份有限公司' }).click();
  await expect(sme.getByTestId('financing-maximum')).toHaveText('¥0.00');
  await rowOf(sme, contractA).getByRole('checkbox').check();
  // 80 % of ¥500,000.50
  await expect(sme.getByTestId('financing-maximum')).toHaveText('¥400,000.40');
  await rowOf(sme, contractB).getByRole('checkbox').check();
  await expect(sme.getByTestId('financing-maximum')).toHaveText('¥409,600.40');
  await rowOf(sme, contractB).getByRole('checkbox').uncheck();
  await sme.getByRole('button', { name: '按上限申请' }).click();
  await expect(sme.getByLabel('申请金额')).toHaveValue('400000.40');
  await sme.getByRole('button', { name: '提交申请' }).click();

  await expect(sme).toHaveURL(/\/financing\/[0-9a-f-]{36}$/);
  await expect(sme.locator('.page-title').getByText('待审批')).toBeVisible();
  await expect(rowOf(sme, contractA)).toBeVisible();

  await sme.goto('/sme');
  await screenshot(sme, 'sme', rowOf(sme, contractA));
  await sme.context().close();
});

test('the bank approves, registers the pledge and disburses', async ({ browser }) => {
  const bank = await logIn(browser, 'demo-bank');
  await expect(bank).toHaveURL(/\/bank$/);
  const request = bank
    .getByRole('row')
    .filter({ hasText: '¥400,000.40' })
    .filter({ hasText: '柳州精密零部件有限公司' });
  await expect(request).toHaveCount(1);
  await screenshot(bank, 'bank', request);
  await request.getByRole('link').first().click();

  await expect(rowOf(bank, contractA)).toContainText('确权');
  await bank.getByRole('button', { name: '批准' }).click();
  const approve = bank.getByRole('dialog');
  await expect(approve.getByLabel('批准金额')).toHaveValue('400000.40');
  await approve.getByLabel('年利率').fill('0.0435');
  await approve.getByRole('button', { name: '提交' }).click();
  await expect(bank.locator('.page-title').getByText('已批准')).toBeVisible();

  await bank.getByRole('button', { name: '放款' }).click();
  const disburse = bank.getByRole('dialog');
  await disburse.getByLabel('中登网质押登记号').fill(`ZD${Date.now()}`);
  await disburse.getByLabel('贷款编号').fill(`LN-${base}`);
  await disburse.getByRole('button', { name: '提交' }).click();
  await expect(bank.locator('.page-title').getByText('已放款')).toBeVisible();
  await expect(bank.getByText('4.35%', { exact: true })).toBeVisible();
  await bank.context().close();
});

test('two banks offer on one request and the SME takes the better offer', async ({ browser }) => {
  // The SME puts the receivable it did not pledge (contract B, ¥12,000.00 outstanding) before both demo banks.
  const sme = await logIn(browser, 'demo-sme');
  await sme.goto('/sme/financing/new');
  await sme.getByRole('switch', { name: '多家竞价（同时向 2–5 家机构申请）' }).click();
  await sme.getByLabel('参与竞价的银行（2–5 家）').click();
  await sme.locator('.ant-select-item-option').filter({ hasText: '广西北部湾示范银行股份有限公司' }).click();
  await sme.locator('.ant-select-item-option').filter({ hasText: '桂林示范农村商业银行股份有限公司' }).click();
  await sme.keyboard.press('Escape');
  await rowOf(sme, contractB).getByRole('checkbox').check();
  await expect(sme.getByTestId('financing-maximum')).toHaveText('¥9,600.00');
  await sme.getByLabel('申请金额').fill('9000');
  await sme.getByRole('button', { name: '提交申请' }).click();
  await expect(sme).toHaveURL(/\/financing\/[0-9a-f-]{36}$/);
  await expect(sme.locator('.page-title').getByText('多家银行报价中')).toBeVisible();
  const requestPath = new URL(sme.url()).pathname;

  // Each bank offers on its own, seeing no other offer.
  for (const [username, rate] of [
    ['demo-bank', '0.0420'],
    ['demo-bank-2', '0.0385'],
  ] as const) {
    const bank = await logIn(browser, username);
    await bank.goto(requestPath);
    await expect(bank.getByText('您尚未报价')).toBeVisible();
    await bank.getByRole('button', { name: '报价' }).click();
    const offer = bank.getByRole('dialog');
    await offer.getByLabel('融资金额').fill('9000');
    await offer.getByLabel('年利率').fill(rate);
    await offer.getByRole('button', { name: '提交' }).click();
    await expect(bank.getByRole('button', { name: '更新报价' })).toBeVisible();
    await expect(bank.locator('.ant-card').filter({ hasText: '银行报价' }).getByRole('row')).toHaveCount(2);
    await bank.context().close();
  }

  // The SME compares them, the better first, and takes it.
  await sme.reload();
  const better = sme.getByRole('row').filter({ hasText: '桂林示范农村商业银行股份有限公司' });
  await expect(better).toContainText('最优');
  await expect(better).toContainText('3.85%');
  await better.getByRole('button', { name: '接受' }).click();
  await sme.getByRole('dialog').getByRole('button', { name: '接受' }).click();
  await expect(sme.locator('.page-title').getByText('已批准')).toBeVisible();
  await expect(sme.getByRole('row').filter({ hasText: '广西北部湾示范银行股份有限公司' })).toContainText('未选中');
  await sme.context().close();
});

test('the regulator finds the financed receivable from the dashboard', async ({ browser }) => {
  const regulator = await logIn(browser, 'demo-regulator');
  await expect(regulator).toHaveURL(/\/regulator$/);
  await expect(regulator.getByRole('img', { name: '各市账龄分布（未付金额）' })).toBeVisible();
  // The two confirmed receivables (¥512,000.50) are outstanding in Liuzhou, the debtor's city.
  await expect(regulator.locator('.aging-table').getByRole('row').filter({ hasText: '柳州市' })).toContainText(
    yuan(liuzhouBefore + 51200050n),
  );
  await regulator.getByPlaceholder('输入合同编号').fill(contractA);
  await regulator.getByPlaceholder('输入合同编号').press('Enter');
  const found = rowOf(regulator, contractA);
  await expect(found).toContainText('已确权');
  await expect(found).toContainText('已融资');
  await expect(found).toContainText('¥500,000.50');
  await regulator.getByRole('link', { name: contractA }).click();
  await expect(regulator.getByText(/该应收账款已质押给 广西北部湾示范银行股份有限公司/)).toBeVisible();
  await regulator.getByRole('menuitem', { name: '监测看板' }).click();
  await screenshot(
    regulator,
    'regulator',
    regulator.locator('.aging-table').getByRole('row').filter({ hasText: '柳州市' }),
  );
  await regulator.context().close();
});

test('the language toggle switches every visible label to English and back', async ({ browser }) => {
  const regulator = await logIn(browser, 'demo-regulator');
  await expect(regulator.getByRole('menuitem', { name: '监测看板' })).toBeVisible();
  await regulator.getByText('English', { exact: true }).click();
  await expect(regulator.getByRole('menuitem', { name: 'Dashboard' })).toBeVisible();

  for (const path of ['/regulator', '/regulator/overdue', '/regulator/onboarding', '/regulator/rewards']) {
    await regulator.goto(path);
    await expect(regulator.locator('.page-title')).toBeVisible();
    await regulator.waitForLoadState('networkidle');
    await expect(regulator.locator('.ant-skeleton, .ant-spin-spinning')).toHaveCount(0);
    // Labels, not data: enterprise names stay as registered.
    const labels = await regulator
      .locator(
        '.ant-menu-title-content, .page-title, .ant-card-head-title, th, button, label, .ant-statistic-title, .ant-tag, .ant-empty-description, .ant-result-title',
      )
      .allInnerTexts();
    expect(labels.length).toBeGreaterThan(10);
    expect(
      // The toggle names each language in itself: 中文 stays 中文.
      labels.filter((text) => /[\u4e00-\u9fff]/.test(text) && text !== '中文'),
      `Chinese labels left on ${path}`,
    ).toEqual([]);
  }
  await regulator.getByText('中文', { exact: true }).click();
  await expect(regulator.getByRole('menuitem', { name: '监测看板' })).toBeVisible();
  await regulator.context().close();
});

test('the demo credentials log into every role, each on its main page', async ({ browser }) => {
  for (const [username, home] of [
    ['admin', /\/admin\/enterprises$/],
    ['demo-regulator-liuzhou', /\/regulator$/],
    ['demo-sme-logistics', /\/sme$/],
  ] as const) {
    const page = await logIn(browser, username);
    await expect(page).toHaveURL(home);
    if (username === 'admin') {
      await expect(rowOf(page, '柳州示范汽车工业集团有限公司')).toBeVisible();
      await screenshot(page, 'operator');
    }
    await page.context().close();
  }
});
