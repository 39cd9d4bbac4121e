#!/usr/bin/python3
"""Writes the golden expectations of YiwuGraph.Segmentation.Tests from Debian python3-jieba 0.42.1.

Usage: /usr/bin/python3 tools/parity/make_golden.py  (rewrites tests/YiwuGraph.Segmentation.Tests/Expectations/jieba-golden.json)
"""
import io
import json
import logging
import os

import jieba
import jieba.analyse
import jieba.posseg

jieba.setLogLevel(logging.WARNING)
REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
OUT = os.path.join(REPO, 'tests', 'YiwuGraph.Segmentation.Tests', 'Expectations', 'jieba-golden.json')

TEXTS = [
    '我来到北京清华大学',
    '他来到了网易杭研大厦',
    '小明硕士毕业于中国科学院计算所，后在日本京都大学深造',
    '我爱北京天安门',
    '我们中出了一个叛徒',
    '李小福是创新办主任也是云计算方面的专家',
    '工信处女干事每月经过下属科室都要亲口交代24口交换机等技术性器件的安装工作',
    '永和服装饰品有限公司',
    '如果放到post中将出错。',
    '「台中」正确应该不会被切开',
    '今年一季度义乌市场成交额增长了13.1%，达到2,345.6亿元。',
    'iPhone 15 Pro和MacBook Air在义乌小商品城热卖，价格为6999元',
    'COVID-19疫情后，C++与C#程序员AT&T的email是a.b_c@example.com',
    '义乌市政府与阿里巴巴签署合作协议（2024年3月）！“电商”、‘物流’——都很重要？',
    '　全角空格\t制表符\r\n换行  两个空格',
    'ＡＢＣ１２３全角字母数字，１３．１％',
    '表情😀和扩展汉字𠀀𠀁混在一起🇨🇳',
    '叶帮锐开着领克900去了义乌国际商贸城',
    '3.14159和.5和1.2.3还有v2.0版本',
    '',
    '   ',
    'abc',
    '〇一二三四五六七八九十百千万亿',
    '南京市长江大桥',
    '结婚的和尚未结婚的',
]

USER_DICT = '\n'.join([
    '云计算 5',
    '李小福 2 nr',
    '创新办 3 i',
    'easy_install 3 eng',
    '好用 300',
    '韩玉赏鉴 3 nz',
    '八一双鹿 3 nz',
    '台中',
    '凱特琳 nz',
    'Edu Trust认证 2000',
    '叶帮锐 100 nr',
    '领克900',
]) + '\n'

USER_TEXTS = [
    '李小福是创新办主任也是云计算方面的专家',
    '叶帮锐开着领克900去了义乌国际商贸城',
    '「台中」正确应该不会被切开',
    '八一双鹿更名为八一南昌篮球队！',
    '我们的Edu Trust认证很好用，easy_install也是',
]


def cuts(tok, pos, text):
    return {
        'text': text,
        'cut': list(tok.cut(text)),
        'cutNoHmm': list(tok.cut(text, HMM=False)),
        'cutAll': [w for w in tok.cut(text, cut_all=True) if w],
        'search': list(tok.cut_for_search(text)),
        'pos': [[p.word, p.flag] for p in pos.cut(text)],
        'posNoHmm': [[p.word, p.flag] for p in pos.cut(text, HMM=False)],
    }


def main():
    tok = jieba.Tokenizer()
    pos = jieba.posseg.POSTokenizer(tok)
    golden = {'default': [cuts(tok, pos, t) for t in TEXTS]}

    utok = jieba.Tokenizer()
    utok.load_userdict(io.BytesIO(USER_DICT.encode('utf-8')))
    upos = jieba.posseg.POSTokenizer(utok)
    golden['userDictionary'] = USER_DICT
    golden['user'] = [cuts(utok, upos, t) for t in USER_TEXTS]

    stok = jieba.Tokenizer()
    golden['suggest'] = [
        {'segments': ['中', '将'], 'freq': stok.suggest_freq(('中', '将'), False)},
        {'segments': ['台中'], 'freq': stok.suggest_freq('台中', False)},
        {'segments': ['叶帮锐'], 'freq': stok.suggest_freq('叶帮锐', False)},
        {'segments': ['领克900'], 'freq': stok.suggest_freq('领克900', False)},
    ]

    text = open(os.path.join(REPO, 'seeds', sorted(os.listdir(os.path.join(REPO, 'seeds')))[0]), encoding='utf-8').read()
    golden['keywords'] = {
        'seed': sorted(os.listdir(os.path.join(REPO, 'seeds')))[0],
        'tags': [[w, wt] for w, wt in jieba.analyse.extract_tags(text, topK=20, withWeight=True)],
        'tagsNs': [[w, wt] for w, wt in jieba.analyse.extract_tags(text, topK=10, withWeight=True, allowPOS=('ns', 'nt', 'nr'))],
    }
    with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
        json.dump(golden, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print('wrote', OUT)


if __name__ == '__main__':
    main()
