<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="ck" uri="https://congkit.dev/tags" %>
<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Trang dựng bằng JSP | UBND xã Mẫu Sơn (dữ liệu mẫu)</title>
<link rel="stylesheet" href="/congkit/congkit.css">
<link rel="stylesheet" href="/demo/demo.css">
<link rel="icon" href="/demo/logo.svg" type="image/svg+xml">
</head>
<body>
<ck:header/>
<div class="demo-topbar">
<ck:top-menu/>
</div>
<div class="demo-layout">
<div class="demo-nav">
<ck:menu/>
</div>
<main id="noi-dung" class="demo-main" tabindex="-1">
<h1>Trang dựng bằng JSP</h1>
<p>Trang này do Jasper (JSP của Tomcat) dựng bằng thư viện thẻ của CổngKit: <code>&lt;ck:menu/&gt;</code>, <code>&lt;ck:footer/&gt;</code>, <code>&lt;ck:contact-card official="…"/&gt;</code>. Mỗi thẻ cho ra đúng mã HTML mà API Java cho ra.</p>
<ck:feedback-banner/>
<ck:contact-card official="nguyen-van-thanh"/>
<ck:leader-schedule/>
</main>
</div>
<ck:footer/>
</body>
</html>
