#!/usr/bin/env python3
"""Seeded held-out eval-set generator (probe10). Standard library only.

Reference pricing, written by hand from the two policy texts (integer yuan):
  changping-zone-draft (征求意见稿)
    第五条（一） 1类 进入Ⅰ/Ⅱ/Ⅲ期: 50/100/200万 per variety (fixed); 每企业每年 ≤1亿
    第六条（一） 1类 注册证书+产业化: 最高1000万/品种; 2类 经认定 最高500万/品种 (upper_bound)
    第六条（二） 一/二/三类新兽药: 最高300/200/100万/品种 (upper_bound)
    第八条（一） 委托生产: ≤10% 实际交易额; 承担生产: ≤20% 实际投入 (upper_bound)
    第八条（二） 销售平台: 年度销售收入 × 2‰ (fixed)
    第十一条（一） FDA/EMA 认证: ≤30% 实际注册费用 (upper_bound)
    第十一条（二） License-in 上市后 最高100万/品种; License-out 合同总额 >1亿美元 最高50万/品种
    第十二条（一） 主营收入首次突破5亿(含): × 2‰ (fixed)
    第十二条（三） 单品种年产值首次突破 5000万/1亿/5亿/10亿/20亿: 20/40/200/500/1000万 (fixed)
    第十三条 上年营收<3000万, 上两年研发≥1000万, 连续三年正增长, 中小微: ≤10% 上年研发 (累计≤3年)
    第十五条（一） CRO/CDMO/CMO: ≤20% 年度实际服务金额 (累计≤3年)
    第十五条（二） 共享服务平台: ≤30% 建设实际投入, 最高3000万
    第十六条（三） 市场化主体高品质活动: ≤20% 实际发生费用
  changping-2026-2028
    （五） AI+医药示范场景: ≤30% 项目工程投资总额, 最高5000万
    （七） 科技服务业效能提升: ≤2000万      （十一） 园区运营管理: ≤50% 项目投资总额, 最高3000万
    （十二） 外资研发中心 ≤1000万; 国际科研机构 ≤300万
    （十三） 首次海外应用/海外研发中心 ≤200万; 海外平台载体/跨国技术转移 分档 ≤300万
"""
import json, random, re, collections

SEED = 20260214
W, YI = 10000, 10 ** 8
D, N = 'changping-zone-draft', 'changping-2026-2028'
OUT = '/work/probe10/cases.jsonl'
README = '/work/probe10/README.md'
POL = '/work/shared/policies/'
rng = random.Random(SEED)


# ---------------------------------------------------------------- reference functions
def pct(v, num, den):
    assert v > 0 and v * num % den == 0, (v, num, den)
    return v * num // den


def capped(v, num, den, cap, bp):
    assert v != bp, 'value on cap break-point'
    return min(pct(v, num, den), cap)


PHASE = {'I': 50 * W, 'II': 100 * W, 'III': 200 * W}
def ref_d5(phases):
    t = sum(PHASE[p] for p in phases)
    assert t < YI
    return t
def ref_d6_1(n1, n2): return 1000 * W * n1 + 500 * W * n2
VET = {1: 300 * W, 2: 200 * W, 3: 100 * W}
def ref_d6_2(c): return VET[c]
def ref_d8_1a(v): return pct(v, 10, 100)
def ref_d8_1b(v): return pct(v, 20, 100)
def ref_d8_2(v): return pct(v, 2, 1000)
def ref_d11_1(v): return pct(v, 30, 100)
def ref_d11_in(n, launched=True): return 100 * W * n if launched else None
def ref_d11_out(n, usd):
    assert usd != YI
    return 50 * W * n if usd > YI else None
def ref_d12_1(prev, cur):
    assert cur != 5 * YI and prev != 5 * YI
    if cur < 5 * YI or prev >= 5 * YI: return None
    return pct(cur, 2, 1000)
TIERS = [5000 * W, YI, 5 * YI, 10 * YI, 20 * YI]
TIER_R = [20 * W, 40 * W, 200 * W, 500 * W, 1000 * W]
def tier_of(v):
    assert v not in TIERS
    return sum(1 for t in TIERS if v > t) - 1
def ref_d12_3(prev, cur):
    k = tier_of(cur)
    if k < 0: return None
    assert prev < TIERS[k] and (k == 0 or prev > TIERS[k - 1])
    return TIER_R[k]
def ref_d13(rev, r0, r1, r2, prior_years=0):
    assert rev != 3000 * W and r1 + r2 != 1000 * W
    if rev >= 3000 * W or r1 + r2 < 1000 * W or not (r0 < r1 < r2) or prior_years >= 3: return None
    return pct(r2, 10, 100)
def ref_d15_1(v, prior_years=0): return None if prior_years >= 3 else pct(v, 20, 100)
def ref_d15_2(v): return capped(v, 30, 100, 3000 * W, YI)
def ref_d16_3(v): return pct(v, 20, 100)
def ref_n5(v): return capped(v, 30, 100, 5000 * W, None)
def ref_n11(v): return capped(v, 50, 100, 3000 * W, 6000 * W)
FLAT = {'n7': 2000 * W, 'n12a': 1000 * W, 'n12b': 300 * W, 'n13a': 200 * W, 'n13b': 300 * W}


# ---------------------------------------------------------------- rendering of amounts
CD = '零一二三四五六七八九'
def cn4(n):
    s, z = '', False
    for i, u in ((1000, '千'), (100, '百'), (10, '十'), (1, '')):
        d = n // i % 10
        if d:
            s += ('零' if z else '') + CD[d] + u; z = False
        elif s: z = True
    return s
def cn(n):
    yi, wan, rest = n // YI, n // W % W, n % W
    s = ''
    if yi: s += cn4(yi) + '亿'
    if wan: s += ('零' if yi and wan < 1000 else '') + cn4(wan) + '万'
    if rest: s += ('零' if (yi or wan) and (rest < 1000 or not wan) else '') + cn4(rest)
    return s[1:] if s.startswith('一十') else s
assert cn(32000000) == '三千二百万' and cn(120500000) == '一亿二千零五十万' and cn(6543000) == '六百五十四万三千'

def dec(v, unit):
    q, r = divmod(v, unit)
    return str(q) + ('.' + str(r).rjust(len(str(unit)) - 1, '0').rstrip('0') if r else '')

def money(v, unit='元', slang=True):
    """Render a positive yuan (or USD) amount in one of several user styles."""
    o = [f'{v:,}{unit}', cn(v) + unit]
    if v % 1000 == 0: o.append(dec(v, W) + '万' + unit)
    if v % W == 0:
        o += [f'{v // W}万{unit}'] * 2
        if slang and unit == '元': o += [f'{v // W}w', f'{v // W}W', f'{v // W}万']
    if v >= YI and v % (100 * W) == 0:
        o.append(dec(v, YI) + '亿' + unit)
        if slang and unit == '元': o.append(dec(v, YI) + '个亿')
        q, r = divmod(v, YI)
        if r and r % (1000 * W) == 0: o.append(f'{q}亿{r // (1000 * W)}千万' + unit)
        elif r and r % W == 0: o.append(f'{q}亿{r // W}万' + unit)
    return rng.choice(o)

def money_en(v):
    o = [f'RMB {v:,}', f'{v:,} yuan']
    if v % 1000 == 0: o.append(dec(v, 10 ** 6) + ' million yuan')
    return rng.choice(o)

def neg(v): return rng.choice(['-' + f'{v // W}万元' if v % W == 0 else f'-{v:,}元', '负' + cn(v) + '元'])

def draw(lo_w, hi_w, avoid=(), step=1):
    while True:
        v = rng.randrange(lo_w // step, hi_w // step + 1) * step * W
        if rng.random() < .25: v += rng.randrange(1, 10) * 1000
        if v not in avoid: return v

def cnt(n): return rng.choice([str(n), '两一三四'[n - 1] if n <= 4 and n != 1 else ('一' if n == 1 else str(n))]) + '个'


# ---------------------------------------------------------------- rule generators
def R(**k):
    k.setdefault('ctx', []); k.setdefault('rv', money); k.setdefault('en', None)
    return k

def g_d15_1(mode):
    t = rng.choice(['CRO', 'CDMO', 'CMO'])
    v, alt = draw(50, 5000), draw(50, 5000)
    py = 3 if mode == 'inelig' else 0
    ctx = [rng.choice(['这是我们第一次申请这项支持', '之前没拿过这个补贴'])] if py == 0 and rng.random() < .5 else []
    if py: ctx = [rng.choice(['前三年已经连续拿过这项合同外包服务机构支持了', '这个支持我们已经累计拿了三年'])]
    return R(intro=f'我们是一家{t}企业，注册在昌平', ctx=ctx, noun='年度实际服务金额',
             keyf=lambda s: f'去年年度实际服务金额{s}', v=v, alt=alt, price=lambda x: ref_d15_1(x, py),
             kind='upper_bound', cite=[[D, '第十五条']], q=f'{t}服务机构这块能拿多少支持？', inel=True,
             en=lambda: f'We are a {t} company registered in Changping. Our actual service revenue last year was '
                        f'{money_en(v)}. How much support can we get as a contract outsourcing service provider?')

PEN = {'实验动物服务': 'laboratory-animal', '检验检测服务': 'testing and inspection', '临床转化服务': 'clinical translation'}
def g_d15_2(mode):
    p = rng.choice(['实验动物服务', '检验检测服务', '临床转化服务'])
    v, alt = draw(500, 30000, (YI,)), draw(500, 30000, (YI,))
    return R(intro=f'我们在昌平建了一个{p}共享服务平台，已经通过认定', noun='平台建设实际投入',
             keyf=lambda s: f'平台建设实际投入{s}', v=v, alt=alt, price=ref_d15_2, kind='upper_bound',
             cite=[[D, '第十五条']], q='平台建设能拿多少资金支持？', bps=[YI],
             en=lambda: f'We built a shared {PEN[p]} service platform in Changping (recognised). '
                        f'Actual construction investment was {money_en(v)}. How much funding can we receive?')

def g_d8_1a(mode):
    v, alt = draw(100, 20000), draw(100, 20000)
    return R(intro='我们是药品上市许可持有人，委托一家医药健康企业生产我们持有的一个品种', noun='该品种实际交易额',
             keyf=lambda s: f'该品种去年实际交易额{s}', v=v, alt=alt, price=ref_d8_1a, kind='upper_bound',
             cite=[[D, '第八条']], q='委托生产这块能补多少？',
             en=lambda: f'As a marketing authorization holder we commission a pharma company to produce one of our '
                        f'products; the actual transaction value last year was {money_en(v)}. How much support can we get?')

def g_d8_1b(mode):
    v, alt = draw(100, 10000), draw(100, 10000)
    return R(intro='我们是医药健康生产企业，按照药品上市许可持有人制度为持有人承担生产', noun='实际投入金额',
             keyf=lambda s: f'为此实际投入金额{s}', v=v, alt=alt, price=ref_d8_1b, kind='upper_bound',
             cite=[[D, '第八条']], q='承担生产能拿多少支持？')

def g_d8_2(mode):
    v, alt = draw(2000, 200000), draw(2000, 200000)
    return R(intro='我们是新设立的医药健康销售平台型企业', noun='年度销售收入',
             keyf=lambda s: f'年度销售收入{s}', v=v, alt=alt, price=ref_d8_2, kind='fixed',
             cite=[[D, '第八条']], q='销售平台这项支持能给多少？')

def g_d11_1(mode):
    a = rng.choice(['美国FDA', '欧盟EMA'])
    v, alt = draw(50, 3000), draw(50, 3000)
    return R(intro=f'我们有一个药品新获得了{a}认证', noun='实际注册费用',
             keyf=lambda s: f'实际注册费用（含海外注册费、检测费、当地代理费）合计{s}', v=v, alt=alt, price=ref_d11_1,
             kind='upper_bound', cite=[[D, '第十一条']], q='国际认证注册费用能补多少？',
             en=lambda: f'One of our drugs was newly approved by the {a[2:]}. Actual registration costs (overseas '
                        f'registration, testing and local agent fees) were {money_en(v)}. How much support can we get?')

def g_d11_in(mode):
    n, alt = rng.randint(1, 3), None
    alt = rng.choice([x for x in (1, 2, 3) if x != n])
    launched = mode != 'inelig'
    ctx = ['在昌平实现本土产业化'] if launched else [rng.choice(['产品目前还在临床阶段，还没上市', '引进的产品还没获批上市'])]
    return R(intro='我们通过License-in从国外引进了先进技术', ctx=ctx, rv=lambda x: cnt(x),
             keyf=(lambda s: f'已经有{s}品种上市') if launched else None, v=n, alt=alt,
             price=lambda x: ref_d11_in(x, launched), kind='upper_bound', cite=[[D, '第十一条']],
             q='License-in这块能拿多少？', inel=True, nomiss=True)

def g_d11_out(mode):
    n = rng.randint(1, 2)
    lo = 20 if mode == 'inelig' else 101
    hi = 99 if mode == 'inelig' else 1000
    v = rng.randint(lo, hi) * 100 * W
    alt = rng.randint(101, 1000) * 100 * W
    return R(intro='我们和一家跨国龙头药企签了License-out合作', ctx=[f'涉及{cnt(n)}品种', '合同已经签订'],
             noun='合同总额', rv=lambda x: money(x, '美元'), keyf=lambda s: f'合同总额{s}', v=v, alt=alt,
             price=lambda x: ref_d11_out(n, x), kind='upper_bound', cite=[[D, '第十一条']], q='License-out能拿多少支持？',
             bps=[YI], inel=True, inel_fix=lambda: f'更正一下，合同总额其实是{money(rng.randint(20, 99) * 100 * W, "美元")}')

def g_d12_1(mode):
    prev = rng.randint(50, 490) * 100 * W
    if mode == 'inelig' and rng.random() < .5:
        prev, v, why = rng.randint(510, 900) * 100 * W, rng.randint(510, 3000) * 100 * W, 'notfirst'
    elif mode == 'inelig':
        v = rng.randint(prev // (100 * W) + 1, 499) * 100 * W if prev < 499 * 100 * W else 499 * 100 * W
    else:
        v = rng.randint(510, 3000) * 100 * W
    alt = rng.randint(510, 3000) * 100 * W
    pf = f'大前年主营业务收入就已经是{money(prev)}了' if prev >= 5 * YI else f'以前年份从来没超过5亿，前年主营业务收入是{money(prev)}'
    return R(intro='我们是一家医药健康企业', ctx=[pf], noun='主营业务收入', keyf=lambda s: f'去年全年主营业务收入{s}',
             v=v, alt=alt, price=lambda x: ref_d12_1(prev, x), kind='fixed', cite=[[D, '第十二条']],
             q='营收突破这项能拿多少？', bps=[5 * YI], inel=True,
             inel_fix=lambda: f'说错了，去年全年主营业务收入是{money(rng.randint(max(prev // (100 * W) + 1, 300), 499) * 100 * W)}')

def g_d12_3(mode):
    if mode == 'inelig':
        k, v = -1, rng.randint(500, 4900) * W
        prev = rng.randint(100, v // W - 1) * W
    else:
        k = rng.randrange(5)
        hi = TIERS[k + 1] if k < 4 else 30 * YI
        v = rng.randint(TIERS[k] // (100 * W) + 1, hi // (100 * W) - 1) * 100 * W
        plo = TIERS[k - 1] if k else 500 * W
        prev = rng.randint(plo // (100 * W) + 1, TIERS[k] // (100 * W) - 1) * 100 * W
    ctx = [] if mode == 'range' else [f'前年该品种年产值是{money(prev)}，去年是历史最高']
    return R(intro='我们是医药健康企业，有一个主力品种', ctx=ctx, noun='单品种年产值',
             keyf=lambda s: f'去年这个品种全年产值是{s}', v=v, alt=None, price=(lambda x: TIER_R[tier_of(x)] if tier_of(x) >= 0 else None) if mode == 'range' else (lambda x: ref_d12_3(prev, x)),
             kind='fixed', cite=[[D, '第十二条']], q='单品种产值突破能拿多少奖励？', bps=TIERS, inel=True, nocorr=True)

def g_d13(mode):
    rev = rng.randint(300, 2900) * W
    r2 = rng.randint(520, 1500) * W
    r1 = rng.randint(max(1001 * W - r2, 200 * W) // W, r2 // W - 1) * W
    r0 = rng.randint(100, r1 // W - 1) * W
    py, why = 0, None
    if mode == 'inelig':
        why = rng.choice(['rev', 'sum', 'growth', 'years'])
        if why == 'rev': rev = rng.randint(3100, 9000) * W
        if why == 'sum':
            r2 = rng.randint(300, 600) * W; r1 = rng.randint(150, min(r2 // W - 1, 990 - r2 // W)) * W
            r0 = rng.randint(50, r1 // W - 1) * W
        if why == 'growth': r0 = rng.randint(r1 // W + 1, r1 // W + 300) * W
        if why == 'years': py = 3
    while True:
        alt = rng.randint(r2 // W - 200, r2 // W + 600) * W
        if alt > r1 and alt + r1 > 1000 * W and alt != r2: break
    ctx = [f'去年营业收入{money(rev)}', f'大前年研发投入{money(r0)}，前年研发投入{money(r1)}']
    if mode == 'range':
        lo, hi = rng.randint(2500, 2950) * W, rng.randint(3050, 3500) * W
        assert ref_d13(lo, r0, r1, r2) and ref_d13(hi, r0, r1, r2) is None
        ctx[0] = f'去年营业收入大概在{money(lo)}到{money(hi)}之间，还没审计'
    if py: ctx.append('这项研发支持之前已经连续拿了三年')
    return R(intro='我们是一家中小微医药企业', ctx=ctx, noun='研发投入', keyf=lambda s: f'去年研发投入{s}',
             v=r2, alt=alt, price=lambda x: ref_d13(rev, r0, r1, x, py), kind='upper_bound', cite=[[D, '第十三条']],
             q='研发创新这项能拿多少？', inel=True, range_done=mode == 'range',
             inel_fix=lambda: f'补充更正一下，去年营业收入其实是{money(rng.randint(3100, 9000) * W)}')

PH_R = {'I': ['Ⅰ期', 'I期', '一期', '1期'], 'II': ['Ⅱ期', 'II期', '二期', '2期'], 'III': ['Ⅲ期', 'III期', '三期', '3期']}
DT = ['生物制品', '化学药', '中药']
def g_d5(mode):
    p = rng.choice(['I', 'II', 'III']); alt = rng.choice([x for x in PHASE if x != p])
    return R(intro=f'我们是创新药企业，有一个{rng.choice(["1类", "一类"])}{rng.choice(DT)}', ctx=['准备在昌平实施产业化'],
             rv=lambda x: rng.choice(PH_R[x]), keyf=lambda s: f'刚刚进入{s}临床试验', v=p, alt=alt,
             price=lambda x: ref_d5([x]), kind='fixed', cite=[[D, '第五条']], q='新药临床这块能拿多少？',
             miss='已经进入临床试验阶段了')

def g_d6_1(mode):
    n = rng.randint(1, 3); alt = rng.choice([x for x in (1, 2, 3) if x != n])
    return R(intro='我们是一家创新药企业', ctx=['都已经在昌平实施产业化'], rv=lambda x: cnt(x),
             keyf=lambda s: f'有{s}1类{rng.choice(DT)}拿到了药品注册证书', v=n, alt=alt,
             price=lambda x: ref_d6_1(x, 0), kind='upper_bound', cite=[[D, '第六条']], q='新药上市这块最多能拿多少？',
             miss='有个新药刚拿到药品注册证书')

VET_R = {1: ['一类', '1类'], 2: ['二类', '2类'], 3: ['三类', '3类']}
def g_d6_2(mode):
    c = rng.randint(1, 3); alt = rng.choice([x for x in (1, 2, 3) if x != c])
    return R(intro='我们是做动物药的企业', ctx=['已经实施产业化，也经过了认定'], rv=lambda x: rng.choice(VET_R[x]),
             keyf=lambda s: f'有一个品种拿到了{s}新兽药注册证书', v=c, alt=alt, price=ref_d6_2, kind='upper_bound',
             cite=[[D, '第六条']], q='新兽药能拿多少支持？', miss='有一个新兽药拿到了注册证书')

def g_d16_3(mode):
    v, alt = draw(50, 1000), draw(50, 1000)
    return R(intro='我们作为市场化主体，在昌平举办了一场生命科学行业高品质论坛活动，已经过认定', noun='活动实际发生费用',
             keyf=lambda s: f'活动实际发生费用{s}', v=v, alt=alt, price=ref_d16_3, kind='upper_bound',
             cite=[[D, '第十六条']], q='办活动能拿多少支持？')

def g_n5(mode):
    bp = 50000 * W // 3
    v, alt = draw(1000, 40000), draw(1000, 40000)
    s = rng.choice(['AI+药物研发', 'AI辅助诊断'])
    return R(intro=f'我们在昌平打造了一个{s}标杆示范场景项目，示范性很强', noun='项目工程投资总额',
             keyf=lambda x: f'项目工程投资总额{x}', v=v, alt=alt, price=ref_n5, kind='upper_bound',
             cite=[[N, '（五）']], q='这个示范项目最多能拿多少？', bps=[bp],
             en=lambda: f'We are building a benchmark {s[:2]}-for-{"drug R&D" if "药" in s else "diagnosis"} demonstration '
                        f'scenario in Changping; total engineering investment is {money_en(v)}. What is the maximum support?')

def g_n11(mode):
    v, alt = draw(500, 20000, (6000 * W,)), draw(500, 20000, (6000 * W,))
    return R(intro='我们的园区项目引入了全球领先的生物医药园区运营管理资源', noun='项目投资总额',
             keyf=lambda x: f'项目投资总额{x}', v=v, alt=alt, price=ref_n11, kind='upper_bound',
             cite=[[N, '（十一）']], q='园区这块能拿多少资金支持？', bps=[6000 * W],
             en=lambda: f'Our Changping park project brought in a world-leading biomedical park operator; total project '
                        f'investment is {money_en(v)}. How much support is available?')

def flat(key, intro, q, art, ctxf):
    def g(mode):
        return R(intro=intro(), ctx=ctxf(), keyf=None, v=None, alt=None, price=lambda x: FLAT[key], kind='upper_bound',
                 cite=[[N, art]], q=q, flat=True)
    return g
g_n7 = flat('n7', lambda: f'我们是聚焦{rng.choice(["合成生物制造", "细胞与基因治疗", "脑机接口"])}领域的科技服务业企业，想做效能提升',
            '按这项措施最多能支持多少？', '（七）', lambda: [f'去年技术服务收入{money(draw(500, 8000))}'])
g_n12a = flat('n12a', lambda: '我们是医药健康领域的外资企业，在昌平设有外资研发中心', '研发激励能拿多少？', '（十二）',
              lambda: [f'今年研发投入比去年增加了{money(draw(500, 6000))}'])
g_n12b = flat('n12b', lambda: '我们是一家刚落地昌平的国际科研机构', '落地能拿多少支持？', '（十二）',
              lambda: [f'今年培养了{rng.randint(5, 60)}名博士后，发表论文{rng.randint(10, 90)}篇'])
g_n13a = flat('n13a', lambda: '我们是医药企业，一项技术成果今年首次实现了海外应用', '出海支持能拿多少？', '（十三）',
              lambda: [f'海外应用项目收入{money(draw(300, 5000))}'])
g_n13b = flat('n13b', lambda: '我们在海外设立了一个医药孵化器，推动国内医药技术项目出海转化', '这种出海平台能拿多少？', '（十三）',
              lambda: [f'已经落地了{rng.randint(2, 12)}个项目'])

RULES = {'d15_1': g_d15_1, 'd15_2': g_d15_2, 'd8_1a': g_d8_1a, 'd8_1b': g_d8_1b, 'd8_2': g_d8_2, 'd11_1': g_d11_1,
         'd11_in': g_d11_in, 'd11_out': g_d11_out, 'd12_1': g_d12_1, 'd12_3': g_d12_3, 'd13': g_d13, 'd5': g_d5,
         'd6_1': g_d6_1, 'd6_2': g_d6_2, 'd16_3': g_d16_3, 'n5': g_n5, 'n11': g_n11, 'n7': g_n7, 'n12a': g_n12a,
         'n12b': g_n12b, 'n13a': g_n13a, 'n13b': g_n13b}
NAMES = list(RULES)
MONEY = [k for k in NAMES if k not in ('d11_in', 'd5', 'd6_1', 'd6_2') and not k.startswith(('n7', 'n12', 'n13'))]
RANGE = ['d15_2', 'd11_out', 'd12_1', 'd12_3', 'd13', 'n5', 'n11']
INEL = ['d15_1', 'd11_in', 'd11_out', 'd12_1', 'd12_3', 'd13']
MISS = MONEY + ['d5', 'd6_1', 'd6_2']
CORR = [k for k in NAMES if k not in ('d12_3',) and not k.startswith(('n7', 'n12', 'n13'))]
EN = ['d15_1', 'd15_2', 'd8_1a', 'd11_1', 'n5', 'n11']

# ---------------------------------------------------------------- distractors and message assembly
CO = ['华清生物', '远山医药', '北辰科技', '泓源制药', '星河基因', '启明医疗']
def distractor(s):
    opts = [lambda: f'我们注册资本{money(draw(500, 20000))}', lambda: f'公司成立于{rng.randint(2003, 2021)}年',
            lambda: f'现在有员工{rng.randint(40, 800)}人',
            lambda: f'{rng.randint(2018, 2023)}年我们在{rng.choice(["海淀", "上海", "苏州"])}拿过一个创新创业大赛奖，奖金{money(draw(10, 100))}',
            lambda: rng.choice(['听说能补一半', '听朋友说能给到八成', f'听说最多能拿{money(draw(3000, 9000))}', '听说这项一般补30%左右']),
            lambda: f'我们的合作伙伴{rng.choice(CO)}主要做{rng.choice(["体外诊断试剂", "医用耗材", "CAR-T细胞药物", "AI影像软件"])}']
    if s.get('noun'):
        rv = s['rv']
        opts += [lambda: f'隔壁{rng.choice(CO)}的{s["noun"]}是{rv(s["alt"] or s["v"])}，跟我们无关',
                 lambda: f'明年我们计划把{s["noun"]}做到{rv(s["v"] * rng.randint(12, 20) // 10 // (100 * W) * (100 * W) + 100 * W)}，但现在问的是实际发生的']
    return rng.choice(opts)()

def assemble(intro, facts, q, sep=None):
    facts = facts[:]; rng.shuffle(facts)
    sep = sep or rng.choice(['，', '。', '；'])
    body = intro + sep + sep.join(facts) if facts else intro
    return (q + body + '。') if rng.random() < .4 else (body + '。' + q)

def build(s, ndis=0, key='ok', v=None, intro=None):
    """key: ok | miss | conflict | range | absurd | none"""
    facts = list(s['ctx'])
    v = s['v'] if v is None else v
    if s.get('flat'): pass
    elif key == 'ok' and s['keyf']: facts.append(s['keyf'](s['rv'](v)))
    elif key == 'miss' and s.get('miss'): facts.append(s['miss'])
    elif key == 'conflict':
        facts.append(s['keyf'](s['rv'](v)) + rng.choice(['，不过财务给的另一个口径是', '，但另一份报表上写的是', '，也有同事说是']) + s['rv'](s['alt']) + '，我也不确定哪个准')
    elif key == 'absurd': facts.append(s['keyf'](neg(draw(50, 3000))))
    elif key == 'range' and s.get('range_done'): facts.append(s['keyf'](s['rv'](v)))
    elif key == 'range':
        bp = rng.choice(s['bps']); lo = bp * rng.randint(70, 93) // 100 // W * W; hi = bp * rng.randint(107, 130) // 100 // W * W
        assert lo < bp < hi
        pl, ph = s['price'](lo), s['price'](hi)
        assert pl != ph, (s['q'], lo, hi)
        facts.append(s['keyf'](rng.choice(['大概在{}到{}之间', '{}至{}左右，具体还没核算', '估计介于{}和{}之间']).format(s['rv'](lo), s['rv'](hi))))
    for _ in range(ndis): facts.append(distractor(s))
    return assemble(intro or s['intro'], facts, s['q'])

T2T = dict(zip('们这个业为发区际务额费还说对错应该么样请问补贴万亿实计划临试验药产营收研员资册测检动设备医疗机构队术转让证书获认项目总园运营管理源场景标杆范能拿多少没统问题会议论坛举办活动费用销售台型企年度托许可交易投类进临床注兽华经开长头龙与给予支持国外引过关规条件符合里后两从来时间历史准财报表写气处达现级赛奖伙伴诊断试剂耗细软件听说朋友约据为单种值纪录专划创审阅业则让标还币块边',
               '們這個業為發區際務額費還說對錯應該麼樣請問補貼萬億實計劃臨試驗藥產營收研員資冊測檢動設備醫療機構隊術轉讓證書獲認項目總園運營管理源場景標桿範能拿多少沒統問題會議論壇舉辦活動費用銷售臺型企年度託許可交易投類進臨床註獸華經開長頭龍與給予支持國外引過關規條件符合裡後兩從來時間歷史準財報表寫氣處達現級賽獎夥伴診斷試劑耗細軟件聽說朋友約據為單種值紀錄專劃創審閱業則讓標還幣塊邊'))
def trad(t): return ''.join(T2T.get(c, c) for c in t)

INTERLUDE = ['对了，昌平今天天气怎么样？', '顺便问一句，北京到天津的高铁要多久？', '帮我写一句祝同事生日快乐的话。', '你能推荐一本讲药物研发的书吗？']
BACK = ['回到刚才的问题，', '言归正传，', '接着刚才的说，']
CORRP = ['不对，说错了，', '更正一下，', '刚才那个数说错了，', '不好意思，我记错了，']

# ---------------------------------------------------------------- case builders
def exp(status, cite=(), amount='skip', kind=None, inc=(), exc=()):
    e = {'status': status, 'cite': [list(c) for c in cite]}
    if amount != 'skip': e['amount_yuan'] = amount
    if kind: e['kind'] = kind
    e['must_include'] = list(inc); e['must_not_include'] = list(exc)
    return e

def answered(s, v=None):
    a = s['price'](s['v'] if v is None else v)
    assert isinstance(a, int) and a > 0
    return exp(['answered'], s['cite'], a, s['kind'])

def case_single(name, ndis):
    s = RULES[name]('ok')
    if name in EN and not ndis and rng.random() < .5:
        return [s['en']()], answered(s), ['english']
    tr = ['distractor'] if ndis else []
    t = build(s, ndis)
    if rng.random() < .06: t = trad(t); tr.append('traditional')
    return [t], answered(s), tr

def case_needs(ndis):
    sub = rng.choice(['missing'] * 3 + ['conflict'] * 2 + ['range'] * 2 + ['absurd'])
    if sub == 'range': name = rng.choice(RANGE)
    elif sub == 'missing': name = rng.choice(MISS)
    else: name = rng.choice(MONEY)
    s = RULES[name]('range' if sub == 'range' else 'ok')
    if sub == 'conflict' and (s['alt'] is None or s['price'](s['v']) == s['price'](s['alt'])): return None
    t = build(s, ndis, {'missing': 'miss', 'conflict': 'conflict', 'range': 'range', 'absurd': 'absurd'}[sub])
    return [t], exp(['needs_info'], amount=None), ['needs:' + sub] + (['distractor'] if ndis else [])

def case_inel(ndis):
    if rng.random() < .15:
        name = rng.choice(MONEY)
        s = RULES[name]('ok')
        place = rng.choice(['上海浦东', '深圳南山', '天津滨海新区', '河北石家庄'])
        intro = s['intro'].replace('在昌平', '在外地').replace('昌平', '外地') + f'，公司注册和经营都在{place}，在北京没有任何分支机构'
        return [build(s, ndis, intro=intro)], exp(['ineligible', 'out_of_scope'], amount=None), ['inel:outside-district']
    name = rng.choice(INEL)
    s = RULES[name]('inelig')
    assert s['price'](s['v']) is None, name
    return [build(s, ndis)], exp(['ineligible'], s['cite'], None), ['inel:' + name] + (['distractor'] if ndis else [])

def case_multi(ndis):
    sub = rng.choice(['late'] * 3 + ['corr'] * 3 + ['interlude'] * 2 + ['switch_ans', 'switch_need', 'products', 'products', 'sum', 'sum', 'corr_inel'])
    tr = ['multi:' + sub] + (['distractor'] if ndis else [])
    if sub == 'late':
        s = RULES[rng.choice(CORR)]('ok')
        t1 = assemble(s['intro'], list(s['ctx']) + [distractor(s) for _ in range(ndis)], '想了解一下' + s['q'].rstrip('？') + '。')
        return [t1, s['keyf'](s['rv'](s['v'])) + '。' + rng.choice(['现在能算了吗？', '那能拿多少？', s['q']])], answered(s), tr
    if sub == 'corr':
        s = RULES[rng.choice(CORR)]('ok')
        if s['price'](s['alt']) == s['price'](s['v']) or s['price'](s['alt']) is None: return None
        t1 = build(s, ndis, v=s['alt'])
        t2 = rng.choice(CORRP) + s['keyf'](s['rv'](s['v'])) + '，' + rng.choice(['重新算一下。', '那能拿多少？', '按这个算。'])
        turns, old, new = [t1, t2], s['price'](s['alt']), s['price'](s['v'])
        so = f'{old // W}万'
        exc = [so] if old % W == 0 and so not in f'{new // W}万 {new:,} {cn(new)}' and not any(so in t for t in turns) else []
        if rng.random() < .3: turns.insert(1, '好的，我再确认一下数据。')
        e = answered(s); e['must_not_include'] = exc
        return turns, e, tr
    if sub == 'corr_inel':
        name = rng.choice(['d11_out', 'd12_1', 'd13'])
        s = RULES[name]('ok')
        return [build(s, ndis), s['inel_fix']() + '，那还能申请吗？'], exp(['ineligible'], s['cite'], None), tr
    if sub == 'interlude':
        s = RULES[rng.choice(NAMES)]('ok')
        turns = [build(s, ndis), rng.choice(INTERLUDE)]
        if rng.random() < .3: turns.append(rng.choice(INTERLUDE))
        return turns + [rng.choice(BACK) + s['q']], answered(s), tr
    if sub in ('switch_ans', 'switch_need'):
        a, b = rng.sample(MONEY, 2)
        sa, sb = RULES[a]('ok'), RULES[b]('ok')
        t1 = build(sa, ndis)
        pre = rng.choice(['另外再问一个别的事：', '换个问题，', '还有一项想咨询：'])
        if sub == 'switch_ans':
            return [t1, pre + build(sb, 0)], answered(sb), tr
        return [t1, pre + assemble(sb['intro'], list(sb['ctx']), sb['q'])], exp(['needs_info'], amount=None), tr
    if sub == 'products':
        which = rng.choice(['d5', 'd6'])
        k = rng.randint(2, 3)
        if which == 'd5':
            ph = [rng.choice(['I', 'II', 'III']) for _ in range(k)]
            ds = [rng.choice(DT) for _ in range(k)]
            turns = [f'我们是创新药企业，有一个1类{ds[0]}刚进入{rng.choice(PH_R[ph[0]])}临床试验，准备在昌平产业化，能拿多少？']
            for i in range(1, k): turns.append(f'{rng.choice(["另外", "此外", "对了，"])}还有一个1类{ds[i]}进入了{rng.choice(PH_R[ph[i]])}临床试验，也在昌平产业化。')
            turns.append(rng.choice(['这几个品种加起来一共能拿多少？', '全部加起来一共多少？']))
            return turns, exp(['answered'], [[D, '第五条']], ref_d5(ph), 'fixed'), tr
        n1, n2 = 0, 0; turns = []
        for i in range(k):
            c = rng.choice([1, 2])
            if c == 1: n1 += 1; turns.append(f'{"我们有一个" if not i else rng.choice(["另外还有一个", "还有一个", "再加一个"])}1类{rng.choice(DT)}拿到了药品注册证书，已在昌平实施产业化' + ('，能拿多少？' if not i else '。'))
            else: n2 += 1; turns.append(f'{"我们有一个" if not i else rng.choice(["另外还有一个", "还有一个", "再加一个"])}2类{rng.choice(DT)}拿到了药品注册证书并产业化，已经通过认定' + ('，能拿多少？' if not i else '。'))
        turns.append('这些品种加起来最多一共多少？')
        return turns, exp(['answered'], [[D, '第六条']], ref_d6_1(n1, n2), 'upper_bound'), tr
    if sub == 'sum':
        a, b = rng.choice([('d15_1', 'd16_3'), ('d15_2', 'd11_1'), ('n5', 'n11'), ('d8_1a', 'd16_3'), ('d15_1', 'n5'), ('d8_1b', 'd15_2')])
        sa, sb = RULES[a]('ok'), RULES[b]('ok')
        pa, pb = sa['price'](sa['v']), sb['price'](sb['v'])
        kind = 'upper_bound' if 'upper_bound' in (sa['kind'], sb['kind']) else 'fixed'
        return ([build(sa, ndis), '另外，' + build(sb, 0), rng.choice(['两项加起来一共多少？', '这两项合计最多能拿多少？'])],
                exp(['answered'], sa['cite'] + sb['cite'], pa + pb, kind), tr)

UNSPEC = [
    (lambda: f'我们一个1类化学药完成了Ⅲ期临床试验，实际临床研发投入{money(draw(3000, 20000))}，准备在昌平产业化，能给多少？', '第五条'),
    (lambda: f'我们承担了国家级重大专项任务，实际获得专项资金{money(draw(500, 5000))}，区里的配套支持能给多少钱？', '第十二条'),
    (lambda: f'我们有个具有全球领先水平的产业化项目，固定资产实际投资额（不含房产、土地）{money(draw(5000, 90000))}，能按多少比例支持？', '第十条'),
    (lambda: f'我们是一家银行，给昌平的科创企业发放知识产权质押贷发生了损失，损失本金{money(draw(100, 3000))}，风险补偿能补多少？', '第十四条'),
    (lambda: '我们医院和企业合作开展临床科技成果转化早期项目的概念验证，概念验证资金能给多少？', '第四条'),
]
def case_unspec(ndis):
    f, art = rng.choice(UNSPEC)
    return [f()], exp(['answered'], [[D, art]], None, 'unspecified'), ['unspecified']

# ---------------------------------------------------------------- main
PLAN = ['multi-turn'] * 100 + ['needs-info'] * 60 + ['ineligible'] * 40 + ['distractor'] * 95 + ['plain'] * 92 + ['unspecified'] * 13
rng.shuffle(PLAN)
cases = []
for tag in PLAN:
    while True:
        ndis = rng.randint(1, 3) if tag == 'distractor' else (rng.randint(1, 2) if rng.random() < .27 and tag not in ('plain', 'unspecified') else 0)
        if tag in ('plain', 'distractor'): r = case_single(rng.choice(NAMES), ndis)
        else: r = {'multi-turn': case_multi, 'needs-info': case_needs, 'ineligible': case_inel, 'unspecified': case_unspec}[tag](ndis)
        if r: break
    turns, e, tr = r
    cases.append({'id': f'p10-{len(cases) + 1:03d}', 'tag': tag, 'traits': tr, 'turns': turns, 'expect': e})

with open(OUT, 'w', encoding='utf-8') as fh:
    for c in cases: fh.write(json.dumps(c, ensure_ascii=False) + '\n')

# ---------------------------------------------------------------- validation
def norm(a): return a.replace('(', '（').replace(')', '）')
ARTS = {D: set(re.findall(r'^(第[一二三四五六七八九十]+条)', open(POL + D + '.txt', encoding='utf-8').read(), re.M)),
        N: set(norm(x) for x in re.findall(r'^(\([一二三四五六七八九十]+\))', open(POL + N + '.txt', encoding='utf-8').read(), re.M))}
STAT = {'answered', 'ineligible', 'needs_info', 'out_of_scope'}; KINDS = {'fixed', 'upper_bound', 'unspecified'}
lines = open(OUT, encoding='utf-8').read().splitlines()
assert len(lines) == 400
for i, ln in enumerate(lines, 1):
    c = json.loads(ln); e = c['expect']
    assert c['id'] == f'p10-{i:03d}' and c['turns'] and all(isinstance(t, str) and t for t in c['turns'])
    assert 1 <= len(c['turns']) <= 5 and e['status'] and set(e['status']) <= STAT
    if 'kind' in e: assert e['kind'] in KINDS
    if 'amount_yuan' in e:
        a = e['amount_yuan']; assert a is None or (type(a) is int and a > 0)
        if e.get('kind') == 'unspecified': assert a is None
        if e['status'] != ['answered']: assert a is None
    for d, art in e['cite']: assert d in ARTS and norm(art) in ARTS[d], (d, art)
cnt_tag = collections.Counter(json.loads(l)['tag'] for l in lines)
cnt_st = collections.Counter(' or '.join(json.loads(l)['expect']['status']) for l in lines)
cnt_tr = collections.Counter(t.split(':')[0] for l in lines for t in json.loads(l)['traits'])
cnt_sub = collections.Counter(t for l in lines for t in json.loads(l)['traits'] if ':' in t)
cnt_cite = collections.Counter(f'{d} {a}' for l in lines for d, a in json.loads(l)['expect']['cite'])
nmt = sum(1 for l in lines if len(json.loads(l)['turns']) > 1)
nd = sum(1 for l in lines if 'distractor' in json.loads(l)['traits'])

def tbl(title, cn_):
    return f'\n### {title}\n\n| value | n |\n| --- | --- |\n' + ''.join(f'| {k} | {v} |\n' for k, v in sorted(cn_.items()))
with open(README, 'w', encoding='utf-8') as fh:
    fh.write(f"""# probe10 held-out eval set

Generated by `python3 make_cases.py` (stdlib only, SEED={SEED}); writes `cases.jsonl` (400 cases, ids p10-001…p10-400)
in the CONTRACT eval-case format. Extra field `traits` (ignored by the harness) records sub-types.
Expected amounts come only from the reference functions at the top of the script, applied to the same slot
values that are rendered into the user's words. Written from CONTRACT.md and the two policy texts only.

Multi-turn cases: {nmt}; cases with distractors: {nd}.
""" + tbl('Cases per tag', cnt_tag) + tbl('Cases per expected status (accepted list)', cnt_st)
             + tbl('Traits', cnt_tr) + tbl('Sub-types', cnt_sub) + tbl('Expected citations', cnt_cite) + """
## Ambiguities / choices

- Draft 征求意见稿 is not in force; it is still in the corpus, so its clauses are expected `answered` (the answer should flag draft status; not checked).
- 第八条（二） and 第十二条（一） (“按照…的2‰给予”) have no ceiling wording: treated as `fixed`.
- 第十二条（三） tier jumps (crossing two tiers in one year) are ambiguous (cumulative or single award?): left out; every case states last year's output inside the tier just below.
- 第五条 2类 drugs “参照…完成相应临床阶段的标准” (which is itself 一定比例) and 第五条（二） 定额 with a 200万 annual cap (unspecified vs upper_bound 200万): left out. 第五条 完成Ⅲ期 → `unspecified`.
- 2026（十二）国际学术研讨会议 (≤300万) overlaps draft 第十六条（三）活动 (≤20%): meetings left out; 第十六条（三） cases use a 行业论坛 and keep 20% ≤ 200万.
- 2026（七）科技服务业 (≤2000万) vs draft 第十五条（一）CRO: （七） cases describe a 合成生物/CGT/脑机接口 science-service firm, not a CRO.
- 2026（五） AI示范场景 also touches draft 第四条（二） (一定资金支持, no figure): only （五） is cited/priced.
- Outside-district cases accept `ineligible` or `out_of_scope` (neither text states a registration condition explicitly; both are Changping measures).
- “两项加起来” cases only pair clearly different matters (从优不重复 not triggered).
- needs_info / outside-district cases carry no required citation; ineligible cases cite the failed clause.
""")
print(f'wrote {len(lines)} cases to {OUT}')
print('per tag:', dict(sorted(cnt_tag.items())))
print('per status:', dict(sorted(cnt_st.items())))
print('traits:', dict(sorted(cnt_tr.items())), 'multi-turn:', nmt, 'with distractors:', nd)
