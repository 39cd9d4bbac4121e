#!/usr/bin/python3
"""Writes random mixed text for an extra parity check: common and rare CJK, ASCII, full-width forms, symbols,
emoji (outside the BMP) and Latin-1/general punctuation, 6,000 lines, no line-break characters inside lines.

Usage: /usr/bin/python3 tools/parity/make_fuzz.py /tmp/fuzz.txt && /usr/bin/python3 tools/parity/parity.py /tmp/fuzz.txt
"""
import random
import sys

COMMON = ("的一是了我不人在他有这个上们来到时大地为子中你说生国年着就那和要她出也得里后自以会家可下而过天去能对小多然于心学么之都好"
          "看起发当没成只如事把还用第样道想作种开美总从无情己面最女但现前些所同日手又行意动方期它头经长儿回位分爱老因很给名法间斯知世什"
          "两次使身者被高已亲其进此话常与活正感义乌市场商贸城领克帮锐叶阿里巴巴签署合作协议电商物流国际小商品")
SYMBOLS = "abcxyzABCXYZ0123456789+#&._%-@!?，。、；：“”‘’（）《》【】—…·　 \tＡＢＣ１２３"
LINE_BREAKS = set('\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029')


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else '/tmp/fuzz.txt'
    random.seed(5)
    lines = []
    for _ in range(6000):
        chars = []
        for _ in range(random.randint(1, 80)):
            r = random.random()
            if r < 0.55:
                chars.append(random.choice(COMMON))
            elif r < 0.75:
                chars.append(chr(random.randint(0x4E00, 0x9FD5)))
            elif r < 0.95:
                chars.append(random.choice(SYMBOLS))
            elif r < 0.97:
                chars.append(chr(random.randint(0x1F300, 0x1F64F)))
            else:
                chars.append(chr(random.randint(0xA0, 0x3000)))
        lines.append(''.join(c for c in chars if c not in LINE_BREAKS))
    with open(out, 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(lines) + '\n')
    print('wrote', out)


if __name__ == '__main__':
    main()
