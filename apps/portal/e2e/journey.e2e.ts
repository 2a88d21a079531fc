import { expect, test, type Page } from '@playwright/test';
import {
  PHONE,
  apiAs,
  apiGet,
  apiPost,
  baseUrl,
  expectAllChinese,
  fenOf,
  invoiceNumber,
  logIn,
  screenshot,
  shanghaiDay,
  tokenOf,
  yuan,
} from './support';

// The journey of issue 7, in one browser, through the portal only: an SME registers a receivable,
// the core enterprise confirms it in a batch, the SME asks for a loan, the bank approves and
// disburses, the regulator finds it, and the language toggle switches every label.
test.describe.configure({ mode: 'serial' });

const base = `HT-E2E-${Date.now().toString(36).toUpperCase()}`;
const contractA = `${base}-A`;
const contractB = `${base}-B`;
const rowOf = (page: Page, contractNo: string) => page.getByRole('row').filter({ hasText: contractNo });

let coreUscc: string;
const liuzhouCore = async (): Promise<string> => {
  if (coreUscc) return coreUscc;
  const cores = await apiGet<{ items: { uscc: string; name: string }[] }>(
    await tokenOf('demo-sme'),
    '/enterprises?kind=CORE',
  );
  coreUscc = cores.items.find((e) => e.name === '柳州示范汽车工业集团有限公司')!.uscc;
  return coreUscc;
};

/**
 * A receivable of the parts maker (demo-sme) owed by the Liuzhou core enterprise, registered and
 * confirmed through the API: each test that needs one gets its own, not another test's leftovers.
 */
const confirmedReceivable = async (contractNo: string, amount: string): Promise<string> => {
  const receivable = await apiPost<{ id: string }>(await tokenOf('demo-sme'), '/receivables', {
    debtorUscc: await liuzhouCore(),
    contractNo,
    invoices: [{ number: invoiceNumber(), amount, issueDate: shanghaiDay(-2) }],
    amount,
    deliveryDate: shanghaiDay(-2),
    dueDate: shanghaiDay(30),
  });
  await apiPost(await tokenOf('demo-core'), `/receivables/${receivable.id}/confirm`, {});
  return receivable.id;
};
// Confirmed through the API before the regulator's check (the two-banks test's own receivable).
let liuzhouArranged = 0n;
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
  // The row's problem in Chinese, naming the column as the template does; no raw code.
  const refused = progress.getByRole('row').filter({ hasText: '不是有效的统一社会信用代码' });
  await expect(refused).toContainText('3');
  await expect(refused).toContainText('“债务人统一社会信用代码”');
  await expectAllChinese(sme, 'the import page');
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
  // The rate in per cent; the review says what the approval commits the bank to before it is sent.
  await approve.getByLabel('年利率').fill('4.35');
  await approve.getByRole('button', { name: '下一步：核对' }).click();
  await expect(approve.locator('.review-consequence')).toContainText('年利率 4.35%');
  await approve.getByRole('button', { name: '批准' }).click();
  await expect(bank.locator('.page-title').getByText('已批准')).toBeVisible();

  await bank.getByRole('button', { name: '放款' }).click();
  const disburse = bank.getByRole('dialog');
  const pledgeNo = `ZD${Date.now()}`;
  await disburse.getByLabel('中登网质押登记号').fill(pledgeNo);
  await disburse.getByLabel('贷款编号').fill(`LN-${base}`);
  // Nothing is sent before the bank has seen what the disbursement does.
  await disburse.getByRole('button', { name: '下一步：核对' }).click();
  await expect(disburse.locator('.review-consequence')).toContainText(
    `质押登记号 ${pledgeNo} 将发给申请企业和各债务人`,
  );
  await expect(bank.locator('.page-title').getByText('已批准')).toBeVisible();
  await disburse.getByRole('button', { name: '放款' }).click();
  await expect(bank.locator('.page-title').getByText('已放款')).toBeVisible();
  await expect(bank.locator('.ant-descriptions:not(.review-values)').getByText('4.35%', { exact: true })).toBeVisible();
  await bank.context().close();
});

test('two banks offer on one request and the SME takes the better offer', async ({ browser }) => {
  // The SME puts a confirmed receivable of its own (¥12,000.00 outstanding) before both demo banks.
  const contractC = `${base}-C`;
  await confirmedReceivable(contractC, '12000.00');
  liuzhouArranged += 1200000n;
  const sme = await logIn(browser, 'demo-sme');
  await sme.goto('/sme/financing/new');
  await sme.getByRole('switch', { name: '多家竞价（同时向 2–5 家机构申请）' }).click();
  await sme.getByLabel('参与竞价的银行（2–5 家）').click();
  await sme.locator('.ant-select-item-option').filter({ hasText: '广西北部湾示范银行股份有限公司' }).click();
  await sme.locator('.ant-select-item-option').filter({ hasText: '桂林示范农村商业银行股份有限公司' }).click();
  await sme.keyboard.press('Escape');
  await rowOf(sme, contractC).getByRole('checkbox').check();
  await expect(sme.getByTestId('financing-maximum')).toHaveText('¥9,600.00');
  await sme.getByLabel('申请金额').fill('9000');
  await sme.getByRole('button', { name: '提交申请' }).click();
  await expect(sme).toHaveURL(/\/financing\/[0-9a-f-]{36}$/);
  await expect(sme.locator('.page-title').getByText('多家银行报价中')).toBeVisible();
  const requestPath = new URL(sme.url()).pathname;

  // Each bank offers on its own, seeing no other offer.
  for (const [username, rate] of [
    ['demo-bank', '4.20'],
    ['demo-bank-2', '3.85'],
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
  // The two confirmed receivables (¥512,000.50) and those arranged through the API are outstanding
  // in Liuzhou, the debtor's city.
  await expect(regulator.locator('.aging-table').getByRole('row').filter({ hasText: '柳州市' })).toContainText(
    yuan(liuzhouBefore + 51200050n + liuzhouArranged),
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
  // The demo's variety: most of Guangxi's cities, and every city in the quota table.
  await expect(regulator.locator('.aging-table').getByRole('row')).not.toHaveCount(0);
  expect(await regulator.locator('.aging-table tbody tr').count()).toBeGreaterThanOrEqual(10);
  await expect(regulator.locator('.quota-table tbody tr')).toHaveCount(14);
  // The trend is the 30 days it says, ending on the statistics date.
  const trend = await apiGet<{ items: { date: string }[] }>(
    await tokenOf('demo-regulator'),
    `/monitoring/trend?from=${shanghaiDay(-29)}&to=${shanghaiDay()}`,
  );
  expect(trend.items).toHaveLength(30);
  expect(trend.items.at(-1)!.date).toBe(shanghaiDay());
  await expectAllChinese(regulator, 'the dashboard');
  await regulator.context().close();
});

test('the language toggle switches every visible label to English and back', async ({ browser }) => {
  const regulator = await logIn(browser, 'demo-regulator');
  await expect(regulator.getByRole('menuitem', { name: '监测看板' })).toBeVisible();
  await regulator.getByText('English', { exact: true }).click();
  await expect(regulator.getByRole('menuitem', { name: 'Dashboard' })).toBeVisible();

  for (const path of [
    '/regulator',
    '/regulator/overdue',
    '/regulator/onboarding',
    '/regulator/rewards',
    '/regulator/procurement',
  ]) {
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
      // The demo has enterprises across Guangxi: the keyword finds the Liuzhou core enterprise.
      await page.getByLabel('关键词').fill('柳州示范汽车');
      await page.getByRole('button', { name: '查询' }).click();
      await expect(rowOf(page, '柳州示范汽车工业集团有限公司')).toBeVisible();
      await page.getByRole('button', { name: '重置' }).click();
      await expect(page.getByRole('row').nth(1)).toBeVisible();
      await screenshot(page, 'operator');
    }
    await page.context().close();
  }
});

// Issue 15: government procurement. The demo's Liuzhou education bureau has a ¥1,200,000.00 contract
// with the parts maker (demo-sme), ¥1,100,000.00 of it accepted.
let equipmentContract: string;

test('a purchaser accepts a delivery, which becomes a confirmed receivable of the supplier', async ({ browser }) => {
  const purchaser = await logIn(browser, 'demo-purchaser');
  await expect(purchaser).toHaveURL(/\/purchaser$/);
  await expect(purchaser.locator('.compliance-table')).toContainText('柳州市教育局');

  await purchaser.getByRole('menuitem', { name: '采购合同' }).click();
  const award = purchaser
    .getByRole('row')
    .filter({ hasText: '柳州精密零部件有限公司' })
    .filter({ hasText: '¥1,200,000.00' });
  await expect(award).toContainText('¥100,000.00');
  equipmentContract = await award.getByRole('link').first().innerText();
  await award.getByRole('button', { name: '验收' }).click();

  const dialog = purchaser.getByRole('dialog');
  await expect(dialog).toContainText('合同剩余可验收 ¥100,000.00');
  await dialog.getByLabel('发票号码').fill(invoiceNumber());
  await dialog.getByLabel('发票金额').fill('60000');
  const issued = dialog.getByLabel('开票日期');
  await issued.click();
  await issued.fill(shanghaiDay());
  await issued.press('Enter');
  await expect(dialog.locator('.acceptance-total')).toHaveText('¥60,000.00');
  // Irreversible: the first click shows what the acceptance does, the second sends it.
  await dialog.getByRole('button', { name: '下一步：核对' }).click();
  await expect(dialog.locator('.review-consequence')).toContainText('¥60,000.00');
  await expect(dialog.locator('.review-consequence')).toContainText('柳州精密零部件有限公司');
  await dialog.getByRole('button', { name: '验收' }).click();

  await expect(purchaser).toHaveURL(/\/receivables\/[0-9a-f-]{36}$/);
  await expect(purchaser.locator('.page-title').getByText('已确权')).toBeVisible();
  await expect(purchaser.getByText('柳州精密零部件有限公司')).toBeVisible();
  await expect(purchaser.locator('.procurement-origin')).toContainText(equipmentContract);
  await purchaser.context().close();
});

test('the supplier finances the contract (政采贷) up to the bank ratio of what is unpaid', async ({ browser }) => {
  const sme = await logIn(browser, 'demo-sme');
  await sme.getByRole('menuitem', { name: '政府采购合同' }).click();
  const row = rowOf(sme, equipmentContract);
  await expect(row).toContainText('¥1,160,000.00');
  await row.getByRole('button', { name: '申请政采贷' }).click();

  await expect(sme.getByRole('heading', { name: `政府采购合同 ${equipmentContract}` })).toBeVisible();
  await sme.locator('.page-title').getByRole('button', { name: '申请政采贷' }).click();
  const dialog = sme.getByRole('dialog');
  await dialog.getByLabel('银行').click();
  await sme.locator('.ant-select-item-option').filter({ hasText: '广西北部湾示范银行股份有限公司' }).click();
  // Nothing is paid yet: 80 % of the whole ¥1,200,000.00.
  await expect(dialog.getByTestId('award-financing-maximum')).toHaveText('¥960,000.00');
  await dialog.getByRole('button', { name: '按上限申请' }).click();
  await expect(dialog.getByLabel('申请金额')).toHaveValue('960000.00');
  await dialog.getByRole('button', { name: '提交申请' }).click();

  await expect(sme).toHaveURL(/\/financing\/[0-9a-f-]{36}$/);
  await expect(sme.locator('.page-title').getByText('待审批')).toBeVisible();
  await sme.context().close();
});

test('the bank disburses the contract loan to a repayment account; the purchaser sees where to pay', async ({
  browser,
}) => {
  const bank = await logIn(browser, 'demo-bank');
  const request = bank.getByRole('row').filter({ hasText: '¥960,000.00' });
  await expect(request).toHaveCount(1);
  await request.getByRole('link').first().click();
  await expect(bank.locator('.financed-award')).toContainText(equipmentContract);
  await bank.getByRole('button', { name: '批准' }).click();
  const approve = bank.getByRole('dialog');
  await approve.getByLabel('年利率').fill('3.85');
  await approve.getByRole('button', { name: '下一步：核对' }).click();
  await expect(approve.locator('.review-consequence')).toContainText('年利率 3.85%');
  await approve.getByRole('button', { name: '批准' }).click();
  await expect(bank.locator('.page-title').getByText('已批准')).toBeVisible();

  await bank.getByRole('button', { name: '放款' }).click();
  const disburse = bank.getByRole('dialog');
  await disburse.getByLabel('中登网质押登记号').fill(`ZC${Date.now()}`);
  await disburse.getByLabel('贷款编号').fill(`LN-ZC-${base}`);
  await disburse.getByLabel('还款账户开户行').fill('广西北部湾示范银行柳州分行');
  await disburse.getByLabel('还款账号').fill('6222020200012345678');
  await disburse.getByRole('button', { name: '下一步：核对' }).click();
  await expect(disburse.locator('.review-values')).toContainText('6222020200012345678');
  await disburse.getByRole('button', { name: '放款' }).click();
  await expect(bank.locator('.page-title').getByText('已放款')).toBeVisible();
  await bank.context().close();

  const purchaser = await logIn(browser, 'demo-purchaser');
  await purchaser.getByRole('menuitem', { name: '采购合同' }).click();
  await purchaser.getByRole('link', { name: equipmentContract }).click();
  await expect(purchaser.getByText(/请向 广西北部湾示范银行股份有限公司 付款：账户 6222020200012345678/)).toBeVisible();
  await purchaser.context().close();
});

test('the regulator sees the unit below the line first and drills into it; the public page needs no login', async ({
  browser,
}) => {
  const regulator = await logIn(browser, 'demo-regulator');
  await regulator.getByRole('menuitem', { name: '预留份额执行' }).click();
  const first = regulator.locator('.compliance-table tr.ant-table-row').first();
  await expect(first).toContainText('南宁市交通运输局');
  await expect(first).toContainText('未达标');
  await expect(first).toContainText('小额项目未整体预留');
  const [file] = await Promise.all([
    regulator.waitForEvent('download'),
    regulator.getByRole('button', { name: '导出 CSV' }).click(),
  ]);
  expect(file.suggestedFilename()).toMatch(/\.csv$/);
  await first.getByRole('link', { name: '南宁市交通运输局' }).click();
  await expect(regulator.getByRole('row').filter({ hasText: '道路养护工程' })).toBeVisible();
  await regulator.context().close();

  const anonymous = await (await browser.newContext({ baseURL: baseUrl() })).newPage();
  await anonymous.goto('/login');
  await anonymous.getByRole('link', { name: '政府采购预留份额执行情况（公开）' }).click();
  await expect(anonymous).toHaveURL(/\/public\/procurement$/);
  const published = anonymous.locator('.compliance-table tr.ant-table-row').first();
  await expect(published).toContainText('南宁市交通运输局');
  await expect(published).toContainText('未达标');
  // Published without the flags.
  await expect(anonymous.getByText('小额项目未整体预留')).toHaveCount(0);
  await anonymous.context().close();
});

// Issue 17: a confirmed receivable travels down the chain.
test('a holder transfers a piece of a confirmed receivable and sees the tree; the debtor sees whom it pays', async ({
  browser,
}) => {
  const sme = await logIn(browser, 'demo-sme');
  // An SME's directory holds no other SMEs: the holder knows its supplier's code.
  const logistics = await apiGet<{ enterprise: { uscc: string } }>(await tokenOf('demo-sme-logistics'), '/me');
  const logisticsUscc = logistics.enterprise.uscc;
  // Its own confirmed receivable, neither financed nor split yet.
  const id = await confirmedReceivable(`${base}-T`, '12000.00');
  await sme.goto(`/receivables/${id}`);

  const pieces = sme.locator('.receivable-pieces');
  await expect(pieces).toContainText('尚未拆分转让');
  await pieces.getByRole('button', { name: '转让' }).click();
  const dialog = sme.getByRole('dialog');
  await dialog.getByLabel('受让方统一社会信用代码').fill(logisticsUscc);
  await dialog.getByLabel('转让金额').fill('5000');
  await dialog.getByLabel('转让参考号').fill(`PO-${base}`);
  await dialog.getByRole('button', { name: '下一步' }).click();
  const confirmation = dialog.locator('.transfer-confirmation');
  await expect(confirmation).toContainText(logisticsUscc);
  await expect(confirmation).toContainText('¥5,000.00');
  await expect(confirmation).toContainText('¥7,000.00');
  await dialog.getByRole('button', { name: '确认转让' }).click();

  await expect(sme.getByText('已将 ¥5,000.00 转让给 柳州宏达物流有限公司')).toBeVisible();
  const tree = sme.locator('.receivable-tree');
  await expect(tree.getByRole('row').filter({ hasText: '柳州宏达物流有限公司' })).toContainText('¥5,000.00');
  await expect(tree.getByRole('row').filter({ hasText: '本笔' })).toContainText('¥7,000.00');
  await expect(sme.locator('.tree-total')).toHaveText('¥12,000.00');
  await sme.context().close();

  const core = await logIn(browser, 'demo-core');
  await core.goto(`/receivables/${id}`);
  const payees = core.locator('.tree-payees');
  await expect(payees.getByRole('row').filter({ hasText: '柳州宏达物流有限公司' })).toContainText('¥5,000.00');
  await expect(payees.getByRole('row').filter({ hasText: '柳州精密零部件有限公司' })).toContainText('¥7,000.00');
  await core.context().close();
});

test('every role’s main screens in Chinese hold no raw code and no English sentence', async ({ browser }) => {
  for (const [username, paths] of [
    [
      'demo-sme',
      ['/sme', '/sme/receivables', '/sme/financing', '/sme/imports', '/sme/awards', '/sme/products', '/notifications'],
    ],
    ['demo-core', ['/core', '/core/payables', '/core/onboarding', '/core/scorecard', '/notifications']],
    [
      'demo-purchaser',
      ['/purchaser', '/purchaser/projects', '/purchaser/awards', '/purchaser/acceptances', '/notifications'],
    ],
    [
      'demo-bank',
      ['/bank', '/bank/open', '/bank/products', '/bank/receivables', '/bank/integration', '/notifications'],
    ],
    [
      'demo-regulator',
      [
        '/regulator/overdue',
        '/regulator/onboarding',
        '/regulator/rewards',
        '/regulator/procurement',
        '/regulator/matching',
      ],
    ],
  ] as const) {
    const page = await logIn(browser, username);
    for (const path of paths) {
      await page.goto(path);
      await expect(page.locator('.page-title')).toBeVisible();
      await expectAllChinese(page, `${username} ${path}`);
    }
    await page.context().close();
  }
  // The login error is its message, not its code beside it.
  const context = await browser.newContext({ baseURL: process.env.PORTAL_BASE_URL });
  const login = await context.newPage();
  await login.goto('/login');
  await login.getByLabel('用户名').fill('demo-sme');
  await login.getByLabel('密码').fill('not-the-password');
  await login.getByRole('button', { name: '登录' }).click();
  await expect(login.getByText('用户名或密码错误')).toBeVisible();
  await expectAllChinese(login, 'the login error');
  await context.close();
});

test('on a phone: the header truncates, the menu opens from it, lists keep amount and action in view', async ({
  browser,
}) => {
  const core = await logIn(browser, 'demo-core', PHONE);
  await expect(core).toHaveURL(/\/core$/);
  const header = core.locator('.app-header');
  const headerBox = (await header.boundingBox())!;
  // One line: the organisation's name is cut with an ellipsis, not wrapped character by character.
  const organisation = (await core.locator('.app-organisation').boundingBox())!;
  expect(organisation.height).toBeLessThanOrEqual(headerBox.height);
  expect(organisation.x + organisation.width).toBeLessThanOrEqual(390);
  // The menu is a drawer opened from the header's button: nothing floats over the title.
  await core.getByRole('button', { name: '菜单' }).click();
  await expect(core.locator('.app-menu-drawer').getByRole('menuitem', { name: '应付账款' })).toBeVisible();
  await core.locator('.app-menu-drawer').getByRole('menuitem', { name: '应付账款' }).click();
  await expect(core).toHaveURL(/\/core\/payables$/);
  const card = core.locator('.card-list-item').first();
  await expect(card).toBeVisible();
  const money = card.locator('.money').first();
  await expect(money).toBeInViewport();
  const moneyBox = (await money.boundingBox())!;
  expect(moneyBox.x + moneyBox.width).toBeLessThanOrEqual(390);
  await core.goto('/core');
  const pending = core.locator('.card-list-item').first();
  await expect(pending.getByRole('button', { name: '调整后确权' })).toBeInViewport();
  await screenshot(core, 'phone-core', pending);
  await core.context().close();
});

test('in English: labels, a review step, refusals and notifications in English', async ({ browser }) => {
  const core = await logIn(browser, 'demo-core');
  await core.getByText('English', { exact: true }).click();
  await expect(core.getByRole('menuitem', { name: 'Payables' })).toBeVisible();
  const pending = core.locator('.ant-table-row').first();
  await pending.getByRole('button', { name: 'Adjust and confirm' }).click();
  const dialog = core.getByRole('dialog');
  await dialog.getByLabel('Confirmed amount').fill('1,000.00');
  await dialog.getByRole('button', { name: 'Next: review' }).click();
  // A lower amount needs the reason the supplier will read.
  await expect(dialog.getByText('Required', { exact: true })).toBeVisible();
  await dialog.getByLabel('Why only part is confirmed').fill('短交 20 件');
  await dialog.getByRole('button', { name: 'Next: review' }).click();
  await expect(dialog.locator('.review-consequence')).toContainText('Partial confirmation: you confirm only ¥1,000.00');
  await dialog.getByRole('button', { name: 'Back to edit' }).click();
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await core.goto('/notifications');
  await expect(core.locator('.page-title')).toBeVisible();
  await core.waitForLoadState('networkidle');
  const notices = await core.locator('.notification-title').allInnerTexts();
  expect(notices.length).toBeGreaterThan(0);
  expect(
    notices.filter((text) => /[\u4e00-\u9fff]/.test(text.replace(/[\u4e00-\u9fff]+(有限公司|集团)[^ ]*/g, ''))),
  ).toEqual([]);
  await core.getByText('中文', { exact: true }).click();
  await core.context().close();
});
