#!/usr/bin/env python3
"""Generates N procedure sheets shaped like the sample ones: 400 per unit (a commune centre), 13 fields per unit.

usage: gen_sheets.py N SITE_DIR [HUGO_CONTENT_DIR]
Writes SITE_DIR/units/<unit>/unit.yaml and sheets; with HUGO_CONTENT_DIR also the same sheets as Hugo content
(with the _index.md files Hugo needs for sections).
"""
import os
import sys

PER_UNIT = 400
FIELDS = [("ho-tich", "Hộ tịch"), ("chung-thuc", "Chứng thực"), ("dat-dai", "Đất đai"), ("xay-dung", "Xây dựng"),
          ("ho-kinh-doanh", "Kinh doanh – Hộ kinh doanh"), ("lao-dong-xa-hoi", "Lao động – Thương binh và Xã hội"),
          ("tai-nguyen-moi-truong", "Tài nguyên và Môi trường"), ("giao-duc", "Giáo dục"), ("y-te", "Y tế"),
          ("van-hoa", "Văn hóa"), ("nuoi-con-nuoi", "Nuôi con nuôi"), ("giao-thong", "Giao thông"),
          ("nong-nghiep", "Nông nghiệp và Phát triển nông thôn")]
VERBS = ["Đăng ký", "Cấp", "Cấp lại", "Điều chỉnh", "Gia hạn", "Xác nhận", "Chứng thực", "Thay đổi", "Hủy bỏ", "Thông báo"]
OBJECTS = ["giấy phép", "giấy chứng nhận", "hồ sơ", "hợp đồng", "trích lục", "quyết định", "bản sao", "thông tin",
           "giấy xác nhận", "văn bản"]
TOPICS = ["khai sinh", "kết hôn", "xây dựng nhà ở", "hộ kinh doanh", "quyền sử dụng đất", "an toàn thực phẩm",
          "trợ cấp xã hội", "chuyển trường", "lễ hội", "thi công đường bộ", "nuôi con nuôi", "môi trường", "karaoke"]

BODY = """## Trình tự thực hiện

1. **Bước 1:** Người yêu cầu nộp hồ sơ tại Bộ phận Một cửa hoặc trực tuyến trên Cổng Dịch vụ công quốc gia.
2. **Bước 2:** Công chức tiếp nhận kiểm tra, đối chiếu giấy tờ; hồ sơ chưa đủ thì hướng dẫn bổ sung ngay một lần.
3. **Bước 3:** Cơ quan có thẩm quyền giải quyết hồ sơ {n} theo quy định.
4. **Bước 4:** Trả kết quả tại Bộ phận Một cửa hoặc qua dịch vụ bưu chính.

## Cách thức thực hiện

| Hình thức nộp | Thời hạn giải quyết | Phí, lệ phí |
| --- | --- | --- |
| Trực tiếp | {days} ngày làm việc | {fee} đồng |
| Trực tuyến | {days} ngày làm việc | {fee} đồng |
| Dịch vụ bưu chính | {days} ngày làm việc | {fee} đồng (chưa gồm cước) |

## Thành phần hồ sơ

| Tên giấy tờ | Số lượng |
| --- | --- |
| Tờ khai theo mẫu | 01 |
| Giấy tờ tùy thân (xuất trình) | 01 |
| Giấy tờ chứng minh nội dung yêu cầu | 01 |

## Thời hạn giải quyết

{days} ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.

## Phí và lệ phí

{fee} đồng.

## Căn cứ pháp lý

- Luật Hộ tịch số 60/2014/QH13
- Nghị định số 123/2015/NĐ-CP
- Thông tư số 04/2020/TT-BTP

## Yêu cầu, điều kiện thực hiện

Không có. Xem thêm [thủ tục liên quan]({link}).
"""


def main():
    total, site = int(sys.argv[1]), sys.argv[2]
    hugo = sys.argv[3] if len(sys.argv) > 3 else None
    units = (total + PER_UNIT - 1) // PER_UNIT
    n = 0
    for u in range(units):
        unit = f"don-vi-{u:03d}"
        udir = os.path.join(site, "units", unit)
        os.makedirs(udir, exist_ok=True)
        with open(os.path.join(udir, "unit.yaml"), "w", encoding="utf-8") as f:
            f.write(f"name: Bộ phận Một cửa đơn vị {u}\naddress: Số {u} đường Kim Đồng\nphone: \"0206 3852 {u:03d}\"\nfields:\n")
            f.writelines(f"  {slug}: {name}\n" for slug, name in FIELDS)
            f.write("counters:\n  quay-1: Quầy số 1\n")
        if hugo:
            write(os.path.join(hugo, "units", unit, "_index.md"), f"---\ntitle: Đơn vị {u}\n---\n")
            for slug, name in FIELDS:
                write(os.path.join(hugo, "units", unit, slug, "_index.md"), f"---\ntitle: {name}\n---\n")
        count = min(PER_UNIT, total - n)
        for i in range(count):
            slug, _ = FIELDS[i % len(FIELDS)]
            title = f"{VERBS[i % 10]} {OBJECTS[(i // 10) % 10]} {TOPICS[(i // 100 + u) % len(TOPICS)]} số {i}"
            prev = f"thu-tuc-{i - len(FIELDS)}.md" if i >= len(FIELDS) else f"thu-tuc-{i}.md"
            text = (f"---\ntitle: {title}\ncode: 1.{(u * PER_UNIT + i):06d}\nlevel: mot-phan\nagency: UBND cấp xã\n"
                    f"processing_time: {3 + i % 10} ngày làm việc\nfee: \"{(i % 20) * 5000} đồng\"\nupdated: 2026-09-01\n---\n\n"
                    + BODY.format(n=i, days=3 + i % 10, fee=(i % 20) * 5000, link=prev))
            write(os.path.join(site, "units", unit, slug, f"thu-tuc-{i}.md"), text)
            if hugo:
                write(os.path.join(hugo, "units", unit, slug, f"thu-tuc-{i}.md"), text)
        n += count


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
