// Draws the main menu after the page has loaded, as many portals' menu scripts do.
document.addEventListener('DOMContentLoaded', () => {
  const items = [["tong-quan", "Tổng quan", [["gioi-thieu", "Giới thiệu"], ["lich-su", "Lịch sử hình thành"], ["chuc-nang", "Chức năng"]]], ["he-thong-chinh-tri", "Hệ thống chính trị", []], ["lich-tiep-cong-dan", "Lịch tiếp công dân", []], ["thu-tuc", "Thủ tục hành chính", []], ["van-ban", "Văn bản pháp quy", [["van-ban-tinh", "Văn bản của tỉnh"], ["van-ban-xa", "Văn bản của xã"]]], ["tin-tuc", "Tin tức sự kiện", []], ["du-lich", "Du lịch - lễ hội", []], ["pbgdpl", "Tuyên truyền phổ biến giáo dục pháp luật", []], ["chuyen-doi-so", "Chuyển đổi số", []], ["thu-vien", "Thư viện", [["thu-vien-anh", "Thư viện ảnh"], ["thu-vien-video", "Thư viện video"]]], ["lien-he", "Liên hệ góp ý", []]];
  const ul = document.createElement('ul');
  for (const [key, label, children] of items) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = key + '.html';
    a.textContent = label;
    li.appendChild(a);
    if (children.length) {
      const sub = document.createElement('ul');
      sub.className = 'sub';
      for (const [childKey, childLabel] of children) {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = childKey + '.html';
        link.textContent = childLabel;
        item.appendChild(link);
        sub.appendChild(item);
      }
      li.appendChild(sub);
    }
    ul.appendChild(li);
  }
  document.getElementById('menu').appendChild(ul);
});
