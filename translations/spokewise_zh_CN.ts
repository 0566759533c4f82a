<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CostText</name>
    <message>
        <source>VPN gateways</source>
        <translation>VPN 网关</translation>
    </message>
    <message>
        <source>ExpressRoute</source>
        <translation>ExpressRoute</translation>
    </message>
    <message>
        <source>Route Server</source>
        <translation>路由服务器</translation>
    </message>
    <message>
        <source>Azure Firewall</source>
        <translation>Azure 防火墙</translation>
    </message>
    <message>
        <source>Virtual WAN</source>
        <translation>虚拟 WAN</translation>
    </message>
    <message>
        <source>Network virtual appliances</source>
        <translation>网络虚拟设备</translation>
    </message>
    <message>
        <source>VNet peering</source>
        <translation>虚拟网络对等互连</translation>
    </message>
    <message>
        <source>Data transfer</source>
        <translation>数据传输</translation>
    </message>
    <message>
        <source>h</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>tunnel-h</source>
        <translation>隧道小时</translation>
    </message>
    <message>
        <source>connection-h</source>
        <translation>连接小时</translation>
    </message>
    <message>
        <source>user-h</source>
        <translation>用户小时</translation>
    </message>
    <message>
        <source>SU-h</source>
        <translation>缩放单元小时</translation>
    </message>
    <message>
        <source>RIU-h</source>
        <translation>RIU 小时</translation>
    </message>
    <message>
        <source>ExpressRoute gateway %1</source>
        <translation>ExpressRoute 网关 %1</translation>
    </message>
    <message>
        <source>VPN gateway %1</source>
        <translation>VPN 网关 %1</translation>
    </message>
    <message>
        <source>ExpressRoute gateway ErGwScale, %1 scale units</source>
        <translation>ExpressRoute 网关 ErGwScale，%1 个缩放单元</translation>
    </message>
    <message>
        <source>Standard public IPs: %1</source>
        <translation>Standard 公共 IP：%1</translation>
    </message>
    <message>
        <source>S2S tunnels: %1, %2 included, %3 extra</source>
        <translation>S2S 隧道：%1 个，已含 %2 个，额外 %3 个</translation>
    </message>
    <message>
        <source>P2S connections: %1, %2 included, %3 extra (%4 h connected each)</source>
        <translation>P2S 连接：%1 个，已含 %2 个，额外 %3 个（每个连接 %4 小时）</translation>
    </message>
    <message>
        <source>ExpressRoute circuit %1 Mbps, %2, %3</source>
        <translation>ExpressRoute 线路 %1 Mbps，%2，%3</translation>
    </message>
    <message>
        <source>Routing infrastructure units: %1, %2 included, %3 extra</source>
        <translation>路由基础结构单元：%1 个，已含 %2 个，额外 %3 个</translation>
    </message>
    <message>
        <source>Azure Firewall %1</source>
        <translation>Azure 防火墙 %1</translation>
    </message>
    <message>
        <source>Virtual hub (%1)</source>
        <translation>虚拟中心（%1）</translation>
    </message>
    <message>
        <source>Hub S2S VPN gateway, %1 scale units</source>
        <translation>中心 S2S VPN 网关，%1 个缩放单元</translation>
    </message>
    <message>
        <source>Hub S2S connection units: %1</source>
        <translation>中心 S2S 连接单元：%1</translation>
    </message>
    <message>
        <source>Hub P2S gateway, %1 scale units</source>
        <translation>中心 P2S 网关，%1 个缩放单元</translation>
    </message>
    <message>
        <source>Hub P2S connection units: %1 users, %2 h connected each</source>
        <translation>中心 P2S 连接单元：%1 个用户，每个用户连接 %2 小时</translation>
    </message>
    <message>
        <source>Hub ExpressRoute gateway, scale units %1-%2 of %3</source>
        <translation>中心 ExpressRoute 网关，缩放单元 %1-%2（共 %3 个）</translation>
    </message>
    <message>
        <source>Hub ExpressRoute connection units: %1</source>
        <translation>中心 ExpressRoute 连接单元：%1</translation>
    </message>
    <message>
        <source>NVA VMs: %2 x %1</source>
        <translation>NVA 虚拟机：%2 x %1</translation>
    </message>
    <message>
        <source>NVA disks and vendor licence (%1)</source>
        <translation>NVA 磁盘和供应商许可证（%1）</translation>
    </message>
    <message>
        <source>Peering (%4) outbound, %1 -&gt; %2</source>
        <translation>对等互连（%4）出站，%1 -&gt; %2</translation>
    </message>
    <message>
        <source>Peering (%4) inbound, %1 -&gt; %2</source>
        <translation>对等互连（%4）入站，%1 -&gt; %2</translation>
    </message>
    <message>
        <source>Firewall data processed</source>
        <translation>防火墙数据处理量</translation>
    </message>
    <message>
        <source>Hub data processed</source>
        <translation>中心数据处理量</translation>
    </message>
    <message>
        <source>Hub-to-hub data, %1 -&gt; %2</source>
        <translation>中心到中心数据，%1 -&gt; %2</translation>
    </message>
    <message>
        <source>ExpressRoute metered outbound data</source>
        <translation>ExpressRoute 按流量计费的出站数据</translation>
    </message>
    <message>
        <source>VNet-to-VNet VPN data</source>
        <translation>VNet 到 VNet VPN 数据</translation>
    </message>
    <message>
        <source>Global Reach data</source>
        <translation>Global Reach 数据</translation>
    </message>
    <message>
        <source>Internet data out, beyond %1 GB</source>
        <translation>Internet 出站数据，超过 %1 GB 的部分</translation>
    </message>
    <message>
        <source>Internet data out, %1-%2 GB tier</source>
        <translation>Internet 出站数据，%1-%2 GB 阶梯</translation>
    </message>
    <message>
        <source>Traffic, %1 GB a month</source>
        <translation>流量，每月 %1 GB</translation>
    </message>
    <message>
        <source>the catalog has no item %1</source>
        <translation>价格目录中没有项目 %1</translation>
    </message>
    <message>
        <source>catalog item %1 is priced per %2, not per %3</source>
        <translation>目录项目 %1 的计价单位为 %2，而不是 %3</translation>
    </message>
    <message>
        <source>the gateway has no scale units</source>
        <translation>网关没有缩放单元</translation>
    </message>
    <message>
        <source>%1 scale units; the catalog prices up to %2</source>
        <translation>%1 个缩放单元；价格目录最多只列出 %2 个的价格</translation>
    </message>
    <message>
        <source>region %1 is not in the catalog&apos;s region table</source>
        <translation>区域 %1 不在价格目录的区域表中</translation>
    </message>
    <message>
        <source>no price between %1 and %2</source>
        <translation>没有 %1 与 %2 之间的价格</translation>
    </message>
    <message>
        <source>the design has no suitable element %1</source>
        <translation>设计中没有合适的元素 %1</translation>
    </message>
    <message>
        <source>no path has been computed for this flow</source>
        <translation>尚未为此流量计算路径</translation>
    </message>
    <message>
        <source>the flow has no route (%1)</source>
        <translation>该流量没有路由（%1）</translation>
    </message>
    <message>
        <source>not in any price catalog</source>
        <translation>不在任何价格目录中</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>估计值</translation>
    </message>
    <message>
        <source>legacy SKU</source>
        <translation>旧版 SKU</translation>
    </message>
    <message>
        <source>assumed usage</source>
        <translation>假定用量</translation>
    </message>
    <message>
        <source>your catalog&apos;s figure</source>
        <translation>自定义目录中的数值</translation>
    </message>
    <message>
        <source>(design)</source>
        <translation>（设计）</translation>
    </message>
    <message>
        <source>%1 a month, catalog %2</source>
        <translation>%1/月，价格目录 %2</translation>
    </message>
    <message>
        <source>%1%2: %3</source>
        <translation>%1%2：%3</translation>
    </message>
    <message>
        <source>Cost by category: nothing priced</source>
        <translation>按类别划分的成本：无已计价项目</translation>
    </message>
    <message>
        <source>Cost by category (%1)</source>
        <translation>按类别划分的成本（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%n other element(s)</source>
        <translation>
            <numerusform>其他 %n 个元素</numerusform>
        </translation>
    </message>
    <message>
        <source>Monthly cost</source>
        <translation>每月成本</translation>
    </message>
    <message>
        <source>Cost by element: nothing priced</source>
        <translation>按元素划分的成本：无已计价项目</translation>
    </message>
    <message>
        <source>Cost by element (%1)</source>
        <translation>按元素划分的成本（%1）</translation>
    </message>
    <message>
        <source>not priced</source>
        <translation>未计价</translation>
    </message>
    <message>
        <source>%1%2 %3/month</source>
        <translation>%1%2 %3/月</translation>
    </message>
</context>
<context>
    <name>Diagnostic</name>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>The file ends too early: an object, array or string is not closed.</source>
        <translation>文件提前结束：有对象、数组或字符串未闭合。</translation>
    </message>
    <message>
        <source>Unexpected character here.</source>
        <translation>此处有意外的字符。</translation>
    </message>
    <message>
        <source>Unexpected “%1” here.</source>
        <translation>此处出现意外的“%1”。</translation>
    </message>
    <message>
        <source>“%1” is not a JSON value (did you mean true, false or null, or forget quotes?).</source>
        <translation>“%1”不是 JSON 值（是否想写 true、false 或 null，或漏了引号？）。</translation>
    </message>
    <message>
        <source>Invalid string “%1”: a control character, a bad escape or a missing closing quote.</source>
        <translation>无效字符串“%1”：含控制字符、错误的转义或缺少右引号。</translation>
    </message>
    <message>
        <source>“%1” is not a valid JSON number.</source>
        <translation>“%1”不是有效的 JSON 数字。</translation>
    </message>
    <message>
        <source>Unexpected content after the end of the design.</source>
        <translation>设计结束后出现多余内容。</translation>
    </message>
    <message>
        <source>Unexpected “%1” after the end of the design.</source>
        <translation>设计结束后出现多余的“%1”。</translation>
    </message>
    <message>
        <source>JSON syntax error (%1) at “%2”.</source>
        <translation>JSON 语法错误（%1），位于“%2”。</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Cannot read the file: %1.</source>
        <translation>无法读取文件：%1。</translation>
    </message>
    <message>
        <source>The file is too large: %1 bytes, but designs are limited to %2 bytes.</source>
        <translation>文件过大：%1 字节，设计文件最多 %2 字节。</translation>
    </message>
    <message>
        <source>The file is empty; a design starts with { &quot;schemaVersion&quot;: 1, … }.</source>
        <translation>文件为空；设计文件以 { &quot;schemaVersion&quot;: 1, … } 开头。</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (is it a design file?).</source>
        <translation>文件不是 UTF-8 文本（这是设计文件吗？）。</translation>
    </message>
    <message>
        <source>The JSON is nested more than %1 levels deep.</source>
        <translation>JSON 嵌套超过 %1 层。</translation>
    </message>
    <message>
        <source>Expected %1 here, found %2.</source>
        <translation>此处应为%1，实际为%2。</translation>
    </message>
    <message>
        <source>The required field “%1” is missing.</source>
        <translation>缺少必填字段“%1”。</translation>
    </message>
    <message>
        <source>Unknown field “%1” (misspelt? unknown fields are not allowed).</source>
        <translation>未知字段“%1”（拼写错误？不允许未知字段）。</translation>
    </message>
    <message>
        <source>Unknown element kind “%1”; the kinds are: %2.</source>
        <translation>未知的元素类型“%1”；可用类型：%2。</translation>
    </message>
    <message>
        <source>“%1” is not allowed here; use one of: %2.</source>
        <translation>此处不允许“%1”；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>“%1” is not a valid id: use letters, digits, “.”, “_” and “-”, start with a letter or digit, at most 80 characters.</source>
        <translation>“%1”不是有效的 ID：只能使用字母、数字、“.”、“_”和“-”，以字母或数字开头，最多 80 个字符。</translation>
    </message>
    <message>
        <source>The id “%1” is reserved by Spokewise; choose another one.</source>
        <translation>ID“%1”由 Spokewise 保留，请换一个。</translation>
    </message>
    <message>
        <source>This text must not be empty.</source>
        <translation>此文本不能为空。</translation>
    </message>
    <message>
        <source>“%1” is not an IPv4 prefix; write it as address/length, e.g. 10.1.0.0/16.</source>
        <translation>“%1”不是 IPv4 前缀；请写成“地址/长度”，例如 10.1.0.0/16。</translation>
    </message>
    <message>
        <source>“%1” has a prefix length outside 0–32.</source>
        <translation>“%1”的前缀长度不在 0–32 之间。</translation>
    </message>
    <message>
        <source>%1 has host bits set — did you mean %2?</source>
        <translation>%1 设置了主机位 — 是否想写 %2？</translation>
    </message>
    <message>
        <source>“%1” is not an IPv4 address; write four numbers 0–255, e.g. 10.0.1.4.</source>
        <translation>“%1”不是 IPv4 地址；请写四个 0–255 的数字，例如 10.0.1.4。</translation>
    </message>
    <message>
        <source>%1 is out of range: it must be between %2 and %3.</source>
        <translation>%1 超出范围：必须介于 %2 和 %3 之间。</translation>
    </message>
    <message>
        <source>%1 is not allowed here; use one of: %2.</source>
        <translation>此处不允许 %1；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>Expected exactly %1 entries here, found %2.</source>
        <translation>此处应恰好有 %1 项，实际为 %2 项。</translation>
    </message>
    <message>
        <source>Schema version %1 is not supported: this Spokewise reads versions up to %2 (was the file written by a newer Spokewise?).</source>
        <translation>不支持架构版本 %1：此版本的 Spokewise 最高只能读取版本 %2（文件是否由更新版本的 Spokewise 写入？）。</translation>
    </message>
    <message>
        <source>The id “%1” is already used at %2; ids must be unique in a design.</source>
        <translation>ID“%1”已在 %2 使用；ID 在设计中必须唯一。</translation>
    </message>
    <message>
        <source>No element of this design has the id “%1”.</source>
        <translation>此设计中没有 ID 为“%1”的元素。</translation>
    </message>
    <message>
        <source>“%1” is of the wrong kind (%3); this field needs: %2.</source>
        <translation>“%1”的类型不对（%3）；此字段需要：%2。</translation>
    </message>
    <message>
        <source>Give exactly one of “%1” and “%2”.</source>
        <translation>“%1”和“%2”必须且只能指定一个。</translation>
    </message>
    <message>
        <source>“%1” is only allowed together with “%2”.</source>
        <translation>“%1”只能与“%2”一起使用。</translation>
    </message>
    <message>
        <source>“%1” is only allowed when “%2” is %3.</source>
        <translation>仅当“%2”为 %3 时才允许“%1”。</translation>
    </message>
    <message>
        <source>“%1” is required when “%2” is given.</source>
        <translation>指定“%2”时必须提供“%1”。</translation>
    </message>
    <message>
        <source>“%1” is required when “%2” is %3.</source>
        <translation>当“%2”为 %3 时必须提供“%1”。</translation>
    </message>
    <message>
        <source>“%1” is used more than once here.</source>
        <translation>“%1”在此处重复使用。</translation>
    </message>
    <message>
        <source>Subnet prefix %1 is outside the address space of %2.</source>
        <translation>子网前缀 %1 不在 %2 的地址空间内。</translation>
    </message>
    <message>
        <source>Subnets %1 (%2) and %3 (%4) overlap.</source>
        <translation>子网 %1（%2）与 %3（%4）重叠。</translation>
    </message>
    <message>
        <source>Address spaces %1 and %2 of this virtual network overlap.</source>
        <translation>此虚拟网络的地址空间 %1 与 %2 重叠。</translation>
    </message>
    <message>
        <source>%1 overlaps %2, which Azure does not allow in a virtual network.</source>
        <translation>%1 与 %2 重叠，Azure 不允许在虚拟网络中使用该范围。</translation>
    </message>
    <message>
        <source>Subnet %1 (%2) is too small: Azure needs at least a /%3.</source>
        <translation>子网 %1（%2）太小：Azure 至少需要 /%3。</translation>
    </message>
    <message>
        <source>Subnet %1 (%2) is too small: it must be a /%3 or larger (rule %4).</source>
        <translation>子网 %1（%2）太小：必须为 /%3 或更大（规则 %4）。</translation>
    </message>
    <message>
        <source>Two subnets are named “%1”; subnet names must be unique in a virtual network.</source>
        <translation>有两个子网名为“%1”；子网名称在虚拟网络中必须唯一。</translation>
    </message>
    <message>
        <source>The %1 needs a subnet named %3 in %2.</source>
        <translation>该%1需要 %2 中有名为 %3 的子网。</translation>
    </message>
    <message>
        <source>%1 has more than one %2; a virtual network has at most one gateway of each kind.</source>
        <translation>%1 有多个%2；每个虚拟网络每种网关最多一个。</translation>
    </message>
    <message>
        <source>This peering connects %1 with itself.</source>
        <translation>此对等互连将 %1 连接到其自身。</translation>
    </message>
    <message>
        <source>%1 and %2 are peered more than once.</source>
        <translation>%1 与 %2 之间有多个对等互连。</translation>
    </message>
    <message>
        <source>%1 is not inside subnet %2 (%3).</source>
        <translation>%1 不在子网 %2（%3）内。</translation>
    </message>
    <message>
        <source>Route “%1” goes to a virtual appliance and needs a next hop IP address.</source>
        <translation>路由“%1”指向虚拟设备，需要下一跃点 IP 地址。</translation>
    </message>
    <message>
        <source>Route “%1” has next hop type %2, which takes no next hop IP address.</source>
        <translation>路由“%1”的下一跃点类型为 %2，不能指定下一跃点 IP 地址。</translation>
    </message>
    <message>
        <source>The connection policy names “%1”, which is not a connection of site %2.</source>
        <translation>连接策略指定了“%1”，但它不是站点 %2 的连接。</translation>
    </message>
    <message>
        <source>%1 connects an element with itself.</source>
        <translation>%1 将一个元素连接到其自身。</translation>
    </message>
    <message>
        <source>%1 does not belong to hub %2.</source>
        <translation>%1 不属于中心 %2。</translation>
    </message>
    <message>
        <source>Hub %2 has no route table named “%1”.</source>
        <translation>中心 %2 没有名为“%1”的路由表。</translation>
    </message>
    <message>
        <source>The price catalog has no item “%1”.</source>
        <translation>价格目录中没有项目“%1”。</translation>
    </message>
    <message>
        <source>The unit “%1” does not match the catalog item&apos;s unit “%2”.</source>
        <translation>单位“%1”与目录项目的单位“%2”不一致。</translation>
    </message>
    <message>
        <source>The currency %1 does not match the catalog&apos;s currency %2.</source>
        <translation>货币 %1 与目录的货币 %2 不一致。</translation>
    </message>
    <message>
        <source>“%1” is not a date; write YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>“%1”不是日期；请写成 YYYY、YYYY-MM 或 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Unknown problem (code %1).</source>
        <translation>未知问题（代码 %1）。</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>位置 %1</translation>
    </message>
    <message>
        <source>element %1</source>
        <translation>元素 %1</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>规则 %1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>DiagramExporter</name>
    <message>
        <source>the image would be %1 x %2 pixels; choose a scale that keeps both sides between 1 and %3</source>
        <translation>图像将为 %1 x %2 像素；请选择使两边都在 1 到 %3 之间的缩放比例</translation>
    </message>
    <message>
        <source>the SVG file could not be written</source>
        <translation>无法写入 SVG 文件</translation>
    </message>
    <message>
        <source>the PDF file could not be written</source>
        <translation>无法写入 PDF 文件</translation>
    </message>
    <message>
        <source>none of the elements to export is on the diagram</source>
        <translation>要导出的元素都不在关系图上</translation>
    </message>
    <message>
        <source>nothing is selected</source>
        <translation>未选择任何内容</translation>
    </message>
</context>
<context>
    <name>Element</name>
    <message>
        <source>%1 allows gateway transit</source>
        <translation>%1 允许网关传输</translation>
    </message>
    <message>
        <source>%1 uses remote gateways</source>
        <translation>%1 使用远程网关</translation>
    </message>
    <message>
        <source>%1 ↔ %2</source>
        <translation>%1 ↔ %2</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>位于 %1</translation>
    </message>
    <message>
        <source>active-active</source>
        <translation>主动-主动</translation>
    </message>
    <message>
        <source>BGP ASN %1</source>
        <translation>BGP ASN %1</translation>
    </message>
    <message>
        <source>P2S pool %1</source>
        <translation>P2S 地址池 %1</translation>
    </message>
    <message>
        <source>%1 Mbps</source>
        <translation>%1 Mbps</translation>
    </message>
    <message>
        <source>no BGP</source>
        <translation>无 BGP</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>BGP</source>
        <translation>BGP</translation>
    </message>
    <message>
        <source>static</source>
        <translation>静态</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>权重 %1</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>经由 %1</translation>
    </message>
    <message>
        <source>gateway route propagation off</source>
        <translation>已关闭网关路由传播</translation>
    </message>
    <message>
        <source>branch-to-branch</source>
        <translation>分支到分支</translation>
    </message>
    <message>
        <source>S2S VPN</source>
        <translation>S2S VPN</translation>
    </message>
    <message>
        <source>ExpressRoute</source>
        <translation>ExpressRoute</translation>
    </message>
    <message>
        <source>P2S VPN</source>
        <translation>P2S VPN</translation>
    </message>
    <message>
        <source>%1 must reach %2</source>
        <translation>%1 必须可达 %2</translation>
    </message>
    <message>
        <source>%1 must not reach %2</source>
        <translation>%1 必须不可达 %2</translation>
    </message>
    <message>
        <source>%1 GB/month</source>
        <translation>%1 GB/月</translation>
    </message>
    <message>
        <source>%1 GB/month back</source>
        <translation>回程 %1 GB/月</translation>
    </message>
    <message>
        <source>virtual network</source>
        <translation>虚拟网络</translation>
    </message>
    <message>
        <source>peering</source>
        <translation>对等互连</translation>
    </message>
    <message>
        <source>VPN gateway</source>
        <translation>VPN 网关</translation>
    </message>
    <message>
        <source>ExpressRoute gateway</source>
        <translation>ExpressRoute 网关</translation>
    </message>
    <message>
        <source>ExpressRoute circuit</source>
        <translation>ExpressRoute 线路</translation>
    </message>
    <message>
        <source>on-premises site</source>
        <translation>本地站点</translation>
    </message>
    <message>
        <source>site-to-site connection</source>
        <translation>站点到站点连接</translation>
    </message>
    <message>
        <source>VNet-to-VNet connection</source>
        <translation>VNet 到 VNet 连接</translation>
    </message>
    <message>
        <source>ExpressRoute connection</source>
        <translation>ExpressRoute 连接</translation>
    </message>
    <message>
        <source>circuit-to-site link</source>
        <translation>线路到站点链路</translation>
    </message>
    <message>
        <source>Global Reach connection</source>
        <translation>Global Reach 连接</translation>
    </message>
    <message>
        <source>point-to-site client group</source>
        <translation>点到站点客户端组</translation>
    </message>
    <message>
        <source>Azure Firewall</source>
        <translation>Azure 防火墙</translation>
    </message>
    <message>
        <source>route table</source>
        <translation>路由表</translation>
    </message>
    <message>
        <source>Route Server</source>
        <translation>路由服务器</translation>
    </message>
    <message>
        <source>network virtual appliance</source>
        <translation>网络虚拟设备</translation>
    </message>
    <message>
        <source>BGP peering</source>
        <translation>BGP 对等</translation>
    </message>
    <message>
        <source>Virtual WAN</source>
        <translation>虚拟 WAN</translation>
    </message>
    <message>
        <source>virtual hub</source>
        <translation>虚拟中心</translation>
    </message>
    <message>
        <source>hub virtual network connection</source>
        <translation>中心虚拟网络连接</translation>
    </message>
    <message>
        <source>intent</source>
        <translation>意图</translation>
    </message>
    <message>
        <source>traffic flow</source>
        <translation>流量</translation>
    </message>
    <message>
        <source>Virtual networks</source>
        <translation>虚拟网络</translation>
    </message>
    <message>
        <source>Peerings</source>
        <translation>对等互连</translation>
    </message>
    <message>
        <source>VPN gateways</source>
        <translation>VPN 网关</translation>
    </message>
    <message>
        <source>ExpressRoute gateways</source>
        <translation>ExpressRoute 网关</translation>
    </message>
    <message>
        <source>ExpressRoute circuits</source>
        <translation>ExpressRoute 线路</translation>
    </message>
    <message>
        <source>On-premises sites</source>
        <translation>本地站点</translation>
    </message>
    <message>
        <source>Site-to-site connections</source>
        <translation>站点到站点连接</translation>
    </message>
    <message>
        <source>VNet-to-VNet connections</source>
        <translation>VNet 到 VNet 连接</translation>
    </message>
    <message>
        <source>ExpressRoute connections</source>
        <translation>ExpressRoute 连接</translation>
    </message>
    <message>
        <source>Circuit-to-site links</source>
        <translation>线路到站点链路</translation>
    </message>
    <message>
        <source>Global Reach connections</source>
        <translation>Global Reach 连接</translation>
    </message>
    <message>
        <source>Point-to-site client groups</source>
        <translation>点到站点客户端组</translation>
    </message>
    <message>
        <source>Azure Firewalls</source>
        <translation>Azure 防火墙</translation>
    </message>
    <message>
        <source>Route tables</source>
        <translation>路由表</translation>
    </message>
    <message>
        <source>Route Servers</source>
        <translation>路由服务器</translation>
    </message>
    <message>
        <source>Network virtual appliances</source>
        <translation>网络虚拟设备</translation>
    </message>
    <message>
        <source>BGP peerings</source>
        <translation>BGP 对等</translation>
    </message>
    <message>
        <source>Virtual WANs</source>
        <translation>虚拟 WAN</translation>
    </message>
    <message>
        <source>Virtual hubs</source>
        <translation>虚拟中心</translation>
    </message>
    <message>
        <source>Hub virtual network connections</source>
        <translation>中心虚拟网络连接</translation>
    </message>
    <message>
        <source>Intents</source>
        <translation>意图</translation>
    </message>
    <message>
        <source>Traffic flows</source>
        <translation>流量</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>route table %1</source>
        <translation>路由表 %1</translation>
    </message>
    <message>
        <source>Windows clients</source>
        <translation>Windows 客户端</translation>
    </message>
    <message>
        <source>other clients</source>
        <translation>其他客户端</translation>
    </message>
    <message>
        <source>1 subnet</source>
        <translation>1 个子网</translation>
    </message>
    <message>
        <source>%1 subnets</source>
        <translation>%1 个子网</translation>
    </message>
    <message>
        <source>1 scale unit</source>
        <translation>1 个缩放单元</translation>
    </message>
    <message>
        <source>%1 scale units</source>
        <translation>%1 个缩放单元</translation>
    </message>
    <message>
        <source>1 user</source>
        <translation>1 个用户</translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation>%1 个用户</translation>
    </message>
    <message>
        <source>1 rule</source>
        <translation>1 条规则</translation>
    </message>
    <message>
        <source>%1 rules</source>
        <translation>%1 条规则</translation>
    </message>
    <message>
        <source>1 route</source>
        <translation>1 条路由</translation>
    </message>
    <message>
        <source>%1 routes</source>
        <translation>%1 条路由</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>ExportOverlay</name>
    <message>
        <source>Routing analysis</source>
        <translation>路由分析</translation>
    </message>
    <message>
        <source>Named by an error finding</source>
        <translation>错误发现项涉及的元素</translation>
    </message>
    <message>
        <source>Connection named by an error finding, or violated intent</source>
        <translation>错误发现项涉及的连接，或违反的意图</translation>
    </message>
    <message>
        <source>Errors: %1, warnings: %2</source>
        <translation>错误：%1，警告：%2</translation>
    </message>
    <message>
        <source>; intents met: %1 of %2</source>
        <translation>；已满足意图：%1/%2</translation>
    </message>
</context>
<context>
    <name>FindingText</name>
    <message>
        <source>%2 and %3 are peered through %1, but their address spaces overlap (%4 and %5); Azure refuses such a peering.</source>
        <translation>%2 与 %3 通过 %1 对等互连，但它们的地址空间重叠（%4 与 %5）；Azure 会拒绝此对等互连。</translation>
    </message>
    <message>
        <source>On-premises site %1 uses %3, which overlaps %4 of %2: traffic to the overlap stays in Azure.</source>
        <translation>本地站点 %1 使用的 %3 与 %2 的 %4 重叠：发往重叠部分的流量会留在 Azure 内。</translation>
    </message>
    <message>
        <source>The point-to-site address pool %3 of %1 overlaps %4 of %2.</source>
        <translation>%1 的点到站点地址池 %3 与 %2 的 %4 重叠。</translation>
    </message>
    <message>
        <source>The point-to-site address pool %3 of %1 overlaps %4 of on-premises site %2.</source>
        <translation>%1 的点到站点地址池 %3 与本地站点 %2 的 %4 重叠。</translation>
    </message>
    <message>
        <source>GatewaySubnet %1 (%2) is too small for a VPN and an ExpressRoute gateway side by side; it needs /27 or larger.</source>
        <translation>GatewaySubnet %1（%2）太小，无法同时容纳 VPN 网关和 ExpressRoute 网关；需要 /27 或更大。</translation>
    </message>
    <message>
        <source>Gateway %1 needs a subnet named GatewaySubnet in %2, which has none.</source>
        <translation>网关 %1 需要 %2 中有名为 GatewaySubnet 的子网，但没有。</translation>
    </message>
    <message>
        <source>Route table %2 on GatewaySubnet %1 disables gateway route propagation; Azure does not support that and the gateway stops working.</source>
        <translation>GatewaySubnet %1 上的路由表 %2 禁用了网关路由传播；Azure 不支持这样做，网关将停止工作。</translation>
    </message>
    <message>
        <source>Route table %2 on GatewaySubnet %1 has a route for 0.0.0.0/0; Azure does not support a default route on the gateway subnet.</source>
        <translation>GatewaySubnet %1 上的路由表 %2 含有 0.0.0.0/0 路由；Azure 不支持网关子网上的默认路由。</translation>
    </message>
    <message>
        <source>Route table %1 sends %2 to %3, which is not directly reachable from the subnets that use it: the route is invalid and its traffic is dropped.</source>
        <translation>路由表 %1 将 %2 发往 %3，但使用该路由表的子网无法直接到达 %3：该路由无效，其流量被丢弃。</translation>
    </message>
    <message>
        <source>Appliance %1 sits in subnet %2 whose own route table sends traffic to it; its own traffic loops back.</source>
        <translation>设备 %1 所在的子网 %2 的路由表把流量发回给它自己；它自身的流量会形成环路。</translation>
    </message>
    <message>
        <source>Route table %1 sends %2 to the virtual network gateway, but there is no VPN gateway: the route is invalid.</source>
        <translation>路由表 %1 将 %2 发往虚拟网络网关，但没有 VPN 网关：该路由无效。</translation>
    </message>
    <message>
        <source>Route table %2 sends traffic to appliance %1, whose NIC has IP forwarding disabled: that traffic is dropped.</source>
        <translation>路由表 %2 将流量发往设备 %1，但其网卡禁用了 IP 转发：这些流量被丢弃。</translation>
    </message>
    <message>
        <source>%2 uses remote gateways through peering %1 but has a gateway of its own; Azure does not allow both.</source>
        <translation>%2 通过对等互连 %1 使用远程网关，但自身也有网关；Azure 不允许两者并存。</translation>
    </message>
    <message>
        <source>%2 uses the remote gateways of %3 through peering %1, but %3 does not allow gateway transit.</source>
        <translation>%2 通过对等互连 %1 使用 %3 的远程网关，但 %3 未允许网关传输。</translation>
    </message>
    <message>
        <source>%2 uses the remote gateways of %3 through peering %1, but %3 has no gateway.</source>
        <translation>%2 通过对等互连 %1 使用 %3 的远程网关，但 %3 没有网关。</translation>
    </message>
    <message>
        <source>%1 uses remote gateways on more than one peering; only one peering may.</source>
        <translation>%1 在多个对等互连上使用远程网关；只能有一个对等互连这样做。</translation>
    </message>
    <message>
        <source>Peering %1 of %2 is %3, not Connected: no traffic crosses it.</source>
        <translation>%2 的对等互连 %1 处于 %3 状态而非“已连接”：没有流量能通过。</translation>
    </message>
    <message>
        <source>Peering %1 of %2 is %3: sync the peering so that the changed address space is routed.</source>
        <translation>%2 的对等互连 %1 处于 %3 状态：请同步对等互连，使更改后的地址空间得到路由。</translation>
    </message>
    <message>
        <source>Appliance %3 forwards traffic into %2, but peering %1 refuses forwarded traffic: that traffic is dropped.</source>
        <translation>设备 %3 将流量转发到 %2，但对等互连 %1 拒绝转发的流量：这些流量被丢弃。</translation>
    </message>
    <message>
        <source>Connection %1 of %2 has BGP enabled on one side only; the session never comes up and no routes are exchanged.</source>
        <translation>%2 的连接 %1 只有一端启用了 BGP；会话无法建立，不交换任何路由。</translation>
    </message>
    <message>
        <source>On-premises site %1 uses ASN %2, which Azure reserves.</source>
        <translation>本地站点 %1 使用的 ASN %2 是 Azure 保留的。</translation>
    </message>
    <message>
        <source>Route Server %1 has branch-to-branch off: ExpressRoute and VPN sites do not learn each other&apos;s routes.</source>
        <translation>路由服务器 %1 关闭了分支到分支：ExpressRoute 站点与 VPN 站点互相学不到对方的路由。</translation>
    </message>
    <message>
        <source>VPN gateway %1 must be active-active for transit between ExpressRoute and VPN through Route Server.</source>
        <translation>若要通过路由服务器在 ExpressRoute 与 VPN 之间中转，VPN 网关 %1 必须为主动-主动模式。</translation>
    </message>
    <message>
        <source>VPN gateway %1 uses ASN %2; transit between ExpressRoute and VPN through Route Server needs ASN 65515.</source>
        <translation>VPN 网关 %1 使用 ASN %2；通过路由服务器在 ExpressRoute 与 VPN 之间中转需要 ASN 65515。</translation>
    </message>
    <message>
        <source>Point-to-site users of %1 cannot reach ExpressRoute sites behind %2: a hub VNet gives no transit between P2S and ExpressRoute (use Virtual WAN).</source>
        <translation>%1 的点到站点用户无法访问 %2 后面的 ExpressRoute 站点：中心虚拟网络不提供 P2S 与 ExpressRoute 之间的中转（请使用虚拟 WAN）。</translation>
    </message>
    <message>
        <source>The Windows VPN profile of %1 was downloaded before the last topology change; the clients lack the new routes until they download it again.</source>
        <translation>%1 的 Windows VPN 配置文件是在上次拓扑更改之前下载的；在重新下载之前，客户端缺少新路由。</translation>
    </message>
    <message>
        <source>On-premises advertises %2 prefixes into circuit %1; the limit is %3 and the BGP session is dropped above it.</source>
        <translation>本地向线路 %1 通告了 %2 个前缀；上限为 %3，超过后 BGP 会话会被断开。</translation>
    </message>
    <message>
        <source>Gateway %2 advertises %4 prefixes to circuit %3 through %1; the limit is %5.</source>
        <translation>网关 %2 通过 %1 向线路 %3 通告了 %4 个前缀；上限为 %5。</translation>
    </message>
    <message>
        <source>Sites advertise %2 prefixes to VPN gateway %1 over BGP; the limit is %3.</source>
        <translation>站点通过 BGP 向 VPN 网关 %1 通告了 %2 个前缀；上限为 %3。</translation>
    </message>
    <message>
        <source>Appliance %3 advertises %4 prefixes to Route Server %2 through %1; the limit is %5.</source>
        <translation>设备 %3 通过 %1 向路由服务器 %2 通告了 %4 个前缀；上限为 %5。</translation>
    </message>
    <message>
        <source>%2 routes are pushed to the OpenVPN clients of %1; the limit is %3.</source>
        <translation>向 %1 的 OpenVPN 客户端推送了 %2 条路由；上限为 %3。</translation>
    </message>
    <message>
        <source>%2 routes are pushed to the Windows IKEv2 clients of %1; the limit is %3.</source>
        <translation>向 %1 的 Windows IKEv2 客户端推送了 %2 条路由；上限为 %3。</translation>
    </message>
    <message>
        <source>Policy-based VPN gateway %1 does not support a feature it uses (BGP, point-to-site or several connections).</source>
        <translation>基于策略的 VPN 网关 %1 不支持它所用的某项功能（BGP、点到站点或多个连接）。</translation>
    </message>
    <message>
        <source>The Basic SKU of gateway %1 does not support a feature it uses.</source>
        <translation>网关 %1 的 Basic SKU 不支持它所用的某项功能。</translation>
    </message>
    <message>
        <source>Route table %2 of subnet %1 sends 0.0.0.0/0 to the firewall but keeps gateway route propagation on: on-premises prefixes bypass the firewall.</source>
        <translation>子网 %1 的路由表 %2 将 0.0.0.0/0 发往防火墙，但仍开启网关路由传播：本地前缀会绕过防火墙。</translation>
    </message>
    <message>
        <source>On-premises site %1 reaches the same Azure prefixes over ExpressRoute and VPN without preferring ExpressRoute (local preference): return traffic may take the other path.</source>
        <translation>本地站点 %1 通过 ExpressRoute 和 VPN 到达相同的 Azure 前缀，却没有优先 ExpressRoute（本地优先级）：回程流量可能走另一条路径。</translation>
    </message>
    <message>
        <source>Firewall %1 learns a default route from %3 in subnet %2; without forced tunnelling it loses its Internet access.</source>
        <translation>防火墙 %1 从子网 %2 中的 %3 学到了默认路由；未启用强制隧道时它会失去 Internet 访问。</translation>
    </message>
    <message>
        <source>Global Reach %1 uses circuit %2 on the Local tier, which does not support it.</source>
        <translation>Global Reach %1 使用的线路 %2 为 Local 层级，该层级不支持 Global Reach。</translation>
    </message>
    <message>
        <source>Global Reach %1 connects %2 and %3 at the same peering location (%4); it needs two locations.</source>
        <translation>Global Reach %1 在同一对等位置（%4）连接 %2 和 %3；它需要两个不同的位置。</translation>
    </message>
    <message>
        <source>VPN gateway %1 authenticates with RADIUS, but on-premises is reachable only over ExpressRoute gateway %2, which the gateway cannot use to reach the RADIUS server.</source>
        <translation>VPN 网关 %1 使用 RADIUS 身份验证，但本地只能通过 ExpressRoute 网关 %2 访问，而 VPN 网关无法经由它访问 RADIUS 服务器。</translation>
    </message>
    <message>
        <source>%1 is connected to a virtual hub and has Route Server %2; Azure does not support both.</source>
        <translation>%1 已连接到虚拟中心，同时又有路由服务器 %2；Azure 不支持两者并存。</translation>
    </message>
    <message>
        <source>RouteServerSubnet %1 has a route table; Azure does not support that.</source>
        <translation>RouteServerSubnet %1 关联了路由表；Azure 不支持这样做。</translation>
    </message>
    <message>
        <source>RouteServerSubnet %1 (%2) is too small; it needs /27 or larger.</source>
        <translation>RouteServerSubnet %1（%2）太小；需要 /27 或更大。</translation>
    </message>
    <message>
        <source>%1 is connected to a virtual hub and has a gateway of its own; Azure does not support both.</source>
        <translation>%1 已连接到虚拟中心，同时又有自己的网关；Azure 不支持两者并存。</translation>
    </message>
    <message>
        <source>Hub %1 uses ExpressRoute or point-to-site, which Basic Virtual WAN %2 does not offer; it needs the Standard type.</source>
        <translation>中心 %1 使用了 ExpressRoute 或点到站点，Basic 类型的虚拟 WAN %2 不提供这些功能；需要 Standard 类型。</translation>
    </message>
    <message>
        <source>Hub %1 uses routing intent together with custom route tables; Azure does not support both.</source>
        <translation>中心 %1 同时使用了路由意向和自定义路由表；Azure 不支持两者并存。</translation>
    </message>
    <message>
        <source>On-premises site %1 advertises %4 over %2, equal to or inside the address space of %3: Azure keeps its own route and the advertisement is ignored.</source>
        <translation>本地站点 %1 通过 %2 通告的 %4 等于或包含于 %3 的地址空间内：Azure 保留自己的路由，忽略该通告。</translation>
    </message>
    <message>
        <source>VPN gateway %1 combines SSTP with OpenVPN; Azure does not offer both.</source>
        <translation>VPN 网关 %1 同时使用了 SSTP 和 OpenVPN；Azure 不提供这种组合。</translation>
    </message>
    <message>
        <source>VPN gateway %1 authenticates with Microsoft Entra ID, which needs OpenVPN as the only tunnel type.</source>
        <translation>VPN 网关 %1 使用 Microsoft Entra ID 身份验证，这要求 OpenVPN 是唯一的隧道类型。</translation>
    </message>
    <message>
        <source>On-premises site %1 prefers VPN connection %2, but Azure sends %5 (and %6 prefix(es) in all) to %4 over ExpressRoute connection %3, which always wins.</source>
        <translation>本地站点 %1 优先使用 VPN 连接 %2，但 Azure 通过 ExpressRoute 连接 %3 将 %5（共 %6 个前缀）发往 %4，而 ExpressRoute 总是优先。</translation>
    </message>
    <message>
        <source>Adding or removing Route Server %1 briefly interrupts the gateways of its virtual network.</source>
        <translation>添加或删除路由服务器 %1 会短暂中断其虚拟网络中的网关。</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Unsupported</source>
        <translation>不支持</translation>
    </message>
    <message>
        <source>Check %1 (%2) fails for %3.</source>
        <translation>检查 %1（%2）对 %3 不通过。</translation>
    </message>
    <message>
        <source>Values: %1.</source>
        <translation>取值：%1。</translation>
    </message>
    <message>
        <source>reachable</source>
        <translation>可达</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>不可达</translation>
    </message>
    <message>
        <source>asymmetric</source>
        <translation>不对称</translation>
    </message>
    <message>
        <source>unsupported configuration</source>
        <translation>不受支持的配置</translation>
    </message>
    <message>
        <source>indeterminate</source>
        <translation>无法确定</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>no route covers the destination</source>
        <translation>没有覆盖目标的路由</translation>
    </message>
    <message>
        <source>dropped by a route with next hop None</source>
        <translation>被下一跃点为“无”的路由丢弃</translation>
    </message>
    <message>
        <source>a private destination followed the Internet route</source>
        <translation>私有目标地址走了 Internet 路由</translation>
    </message>
    <message>
        <source>the peering does not allow virtual network access</source>
        <translation>对等互连不允许虚拟网络访问</translation>
    </message>
    <message>
        <source>the receiving peering refuses forwarded traffic</source>
        <translation>接收方对等互连拒绝转发的流量</translation>
    </message>
    <message>
        <source>the next-hop appliance does not exist or cannot be reached</source>
        <translation>下一跃点设备不存在或无法到达</translation>
    </message>
    <message>
        <source>the network virtual appliance has IP forwarding disabled</source>
        <translation>网络虚拟设备禁用了 IP 转发</translation>
    </message>
    <message>
        <source>the firewall&apos;s network rules deny the flow</source>
        <translation>防火墙的网络规则拒绝该流量</translation>
    </message>
    <message>
        <source>the packet loops</source>
        <translation>数据包形成环路</translation>
    </message>
    <message>
        <source>the VPN clients have no route to the destination</source>
        <translation>VPN 客户端没有到目标的路由</translation>
    </message>
    <message>
        <source>the Windows VPN profile predates the last topology change</source>
        <translation>Windows VPN 配置文件早于上次拓扑更改</translation>
    </message>
    <message>
        <source>no subnet holds the address</source>
        <translation>没有子网包含该地址</translation>
    </message>
    <message>
        <source>a gateway gives no Internet breakout</source>
        <translation>网关不提供 Internet 出口</translation>
    </message>
    <message>
        <source>a stateful device sees only one direction</source>
        <translation>有状态设备只看到单向流量</translation>
    </message>
    <message>
        <source>point-to-site to ExpressRoute through Route Server is not supported by Microsoft</source>
        <translation>Microsoft 不支持通过路由服务器从点到站点访问 ExpressRoute</translation>
    </message>
    <message>
        <source>Azure does not support this configuration</source>
        <translation>Azure 不支持此配置</translation>
    </message>
    <message>
        <source>equal routes have no documented tie-break</source>
        <translation>等价路由没有文档规定的决胜规则</translation>
    </message>
    <message>
        <source>an endpoint is down or is no endpoint</source>
        <translation>某个端点已停用或不是端点</translation>
    </message>
    <message>
        <source>nothing initiates from the Internet</source>
        <translation>Internet 上没有发起连接的一方</translation>
    </message>
    <message>
        <source>the address belongs to another endpoint</source>
        <translation>该地址属于另一个端点</translation>
    </message>
    <message>
        <source>%1: holds (%2).</source>
        <translation>%1：满足（%2）。</translation>
    </message>
    <message>
        <source>%1: expected not to reach, but the traffic is delivered.</source>
        <translation>%1：预期不可达，但流量被送达。</translation>
    </message>
    <message>
        <source>%1: expected reachable, but %2 — %3.</source>
        <translation>%1：预期可达，但%2 — %3。</translation>
    </message>
    <message>
        <source>Hub %1 connects several virtual networks, but Basic Virtual WAN %2 gives no transit between them; it needs the Standard type.</source>
        <translation>中心 %1 连接了多个虚拟网络，但 Basic 类型的虚拟 WAN %2 不在它们之间提供中转；需要 Standard 类型。</translation>
    </message>
    <message>
        <source>Hub %1 uses routing intent, so static route %4 of table %3 to connection %2 is not supported and is ignored.</source>
        <translation>中心 %1 使用了路由意向，因此不支持表 %3 中指向连接 %2 的静态路由 %4，该路由将被忽略。</translation>
    </message>
    <message>
        <source>%1 associates with route table %3 of hub %2, but no connection propagates to it and it has no static route: its traffic gets no route from the hub.</source>
        <translation>%1 关联到中心 %2 的路由表 %3，但没有任何连接传播到该表，且该表没有静态路由：其流量无法从中心获得路由。</translation>
    </message>
    <message>
        <source>%1 (hub %2) propagates to label %3, which no route table of the virtual WAN carries.</source>
        <translation>%1（中心 %2）传播到标签 %3，但虚拟 WAN 中没有任何路由表带有该标签。</translation>
    </message>
    <message>
        <source>The branch connections of hub %1 associate with route table %2; Azure requires the default route table.</source>
        <translation>中心 %1 的分支连接关联到路由表 %2；Azure 要求关联到默认路由表。</translation>
    </message>
    <message>
        <source>Static route %4 of table %3 in hub %1 sends traffic to connection %2, but its virtual network has no network virtual appliance to receive it.</source>
        <translation>中心 %1 中表 %3 的静态路由 %4 将流量发往连接 %2，但其虚拟网络中没有网络虚拟设备来接收这些流量。</translation>
    </message>
    <message>
        <source>Hub %1 has routing intent but no Azure Firewall; the intent is not in force.</source>
        <translation>中心 %1 配置了路由意向，但没有 Azure 防火墙；路由意向未生效。</translation>
    </message>
    <message>
        <source>Hub %1 has a firewall or routing intent, but belongs to a Basic virtual WAN, whose hubs cannot be secured.</source>
        <translation>中心 %1 配置了防火墙或路由意向，但它属于 Basic 类型的虚拟 WAN，其中心无法设为安全中心。</translation>
    </message>
    <message>
        <source>VPN gateway %1 offers SSTP, which Azure retires: it cannot be enabled since 31 March 2026 and stops working on 31 March 2027. Use OpenVPN or IKEv2.</source>
        <translation>VPN 网关 %1 启用了 SSTP，而 Azure 正在停用 SSTP：自 2026 年 3 月 31 日起无法再启用，2027 年 3 月 31 日起停止工作。请改用 OpenVPN 或 IKEv2。</translation>
    </message>
</context>
<context>
    <name>PropertyModel</name>
    <message>
        <source>A virtual network needs at least one address prefix.</source>
        <translation>虚拟网络至少需要一个地址前缀。</translation>
    </message>
    <message>
        <source>Associated route table</source>
        <translation>关联的路由表</translation>
    </message>
    <message>
        <source>Propagated route tables</source>
        <translation>传播到的路由表</translation>
    </message>
    <message>
        <source>Propagated labels</source>
        <translation>传播到的标签</translation>
    </message>
    <message>
        <source>Internet security</source>
        <translation>Internet 安全</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Address space</source>
        <translation>地址空间</translation>
    </message>
    <message>
        <source>Subnet: %1</source>
        <translation>子网：%1</translation>
    </message>
    <message>
        <source>Peering side: %1</source>
        <translation>对等互连一侧：%1</translation>
    </message>
    <message>
        <source>Virtual network</source>
        <translation>虚拟网络</translation>
    </message>
    <message>
        <source>Allow virtual network access</source>
        <translation>允许虚拟网络访问</translation>
    </message>
    <message>
        <source>Allow forwarded traffic</source>
        <translation>允许转发的流量</translation>
    </message>
    <message>
        <source>Allow gateway transit</source>
        <translation>允许网关传输</translation>
    </message>
    <message>
        <source>Use remote gateways</source>
        <translation>使用远程网关</translation>
    </message>
    <message>
        <source>Peering state</source>
        <translation>对等互连状态</translation>
    </message>
    <message>
        <source>Sync level</source>
        <translation>同步级别</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>VPN type</source>
        <translation>VPN 类型</translation>
    </message>
    <message>
        <source>Active-active</source>
        <translation>主动-主动</translation>
    </message>
    <message>
        <source>BGP</source>
        <translation>BGP</translation>
    </message>
    <message>
        <source>ASN</source>
        <translation>ASN</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Address pool</source>
        <translation>地址池</translation>
    </message>
    <message>
        <source>Tunnel types</source>
        <translation>隧道类型</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>身份验证</translation>
    </message>
    <message>
        <source>Custom routes</source>
        <translation>自定义路由</translation>
    </message>
    <message>
        <source>Point-to-site</source>
        <translation>点到站点</translation>
    </message>
    <message>
        <source>Scale units</source>
        <translation>缩放单元</translation>
    </message>
    <message>
        <source>Allow traffic from remote VNets</source>
        <translation>允许来自远程虚拟网络的流量</translation>
    </message>
    <message>
        <source>Bandwidth (Mbps)</source>
        <translation>带宽 (Mbps)</translation>
    </message>
    <message>
        <source>%1 Mbps</source>
        <translation>%1 Mbps</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>计费</translation>
    </message>
    <message>
        <source>Peering location</source>
        <translation>对等位置</translation>
    </message>
    <message>
        <source>Address prefixes</source>
        <translation>地址前缀</translation>
    </message>
    <message>
        <source>BGP ASN</source>
        <translation>BGP ASN</translation>
    </message>
    <message>
        <source>(no BGP)</source>
        <translation>（无 BGP）</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Connection policy: %1</source>
        <translation>连接策略：%1</translation>
    </message>
    <message>
        <source>Advertised prefixes</source>
        <translation>通告的前缀</translation>
    </message>
    <message>
        <source>(the site&apos;s address prefixes)</source>
        <translation>（站点的地址前缀）</translation>
    </message>
    <message>
        <source>AS path prepend</source>
        <translation>AS 路径前置</translation>
    </message>
    <message>
        <source>Local preference</source>
        <translation>本地优先级</translation>
    </message>
    <message>
        <source>Static routes</source>
        <translation>静态路由</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>网关</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Local network gateway prefixes</source>
        <translation>本地网络网关前缀</translation>
    </message>
    <message>
        <source>Policy-based traffic selectors</source>
        <translation>基于策略的流量选择器</translation>
    </message>
    <message>
        <source>First gateway</source>
        <translation>第一个网关</translation>
    </message>
    <message>
        <source>Second gateway</source>
        <translation>第二个网关</translation>
    </message>
    <message>
        <source>Circuit</source>
        <translation>线路</translation>
    </message>
    <message>
        <source>Routing weight</source>
        <translation>路由权重</translation>
    </message>
    <message>
        <source>First circuit</source>
        <translation>第一条线路</translation>
    </message>
    <message>
        <source>Second circuit</source>
        <translation>第二条线路</translation>
    </message>
    <message>
        <source>Client OS</source>
        <translation>客户端操作系统</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户数</translation>
    </message>
    <message>
        <source>Manual routes</source>
        <translation>手动路由</translation>
    </message>
    <message>
        <source>Profile older than last change</source>
        <translation>配置文件早于上次更改</translation>
    </message>
    <message>
        <source>Deployed in</source>
        <translation>部署于</translation>
    </message>
    <message>
        <source>Private IP address</source>
        <translation>专用 IP 地址</translation>
    </message>
    <message>
        <source>Forced tunneling</source>
        <translation>强制隧道</translation>
    </message>
    <message>
        <source>Network rule: %1</source>
        <translation>网络规则：%1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Source addresses</source>
        <translation>源地址</translation>
    </message>
    <message>
        <source>Destination addresses</source>
        <translation>目标地址</translation>
    </message>
    <message>
        <source>Disable gateway route propagation</source>
        <translation>禁用网关路由传播</translation>
    </message>
    <message>
        <source>Route: %1</source>
        <translation>路由：%1</translation>
    </message>
    <message>
        <source>Address prefix</source>
        <translation>地址前缀</translation>
    </message>
    <message>
        <source>Next hop type</source>
        <translation>下一跃点类型</translation>
    </message>
    <message>
        <source>Next hop IP address</source>
        <translation>下一跃点 IP 地址</translation>
    </message>
    <message>
        <source>Branch-to-branch</source>
        <translation>分支到分支</translation>
    </message>
    <message>
        <source>Routing preference</source>
        <translation>路由首选项</translation>
    </message>
    <message>
        <source>Routing infrastructure units</source>
        <translation>路由基础结构单元</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>子网</translation>
    </message>
    <message>
        <source>IP forwarding</source>
        <translation>IP 转发</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>实例数</translation>
    </message>
    <message>
        <source>VM size</source>
        <translation>VM 大小</translation>
    </message>
    <message>
        <source>Route Server</source>
        <translation>路由服务器</translation>
    </message>
    <message>
        <source>Appliance</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>中心</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>路由</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Expectation</source>
        <translation>预期</translation>
    </message>
    <message>
        <source>GB per month</source>
        <translation>每月 GB</translation>
    </message>
    <message>
        <source>Return GB per month</source>
        <translation>每月回程 GB</translation>
    </message>
    <message>
        <source>Virtual WAN</source>
        <translation>虚拟 WAN</translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation>已部署</translation>
    </message>
    <message>
        <source>VPN gateway</source>
        <translation>VPN 网关</translation>
    </message>
    <message>
        <source>ExpressRoute gateway</source>
        <translation>ExpressRoute 网关</translation>
    </message>
    <message>
        <source>Point-to-site gateway</source>
        <translation>点到站点网关</translation>
    </message>
    <message>
        <source>Configured</source>
        <translation>已配置</translation>
    </message>
    <message>
        <source>Internet traffic policy</source>
        <translation>Internet 流量策略</translation>
    </message>
    <message>
        <source>Private traffic policy</source>
        <translation>专用流量策略</translation>
    </message>
    <message>
        <source>Additional private prefixes</source>
        <translation>额外的专用前缀</translation>
    </message>
    <message>
        <source>Routing intent</source>
        <translation>路由意向</translation>
    </message>
    <message>
        <source>Branch routing</source>
        <translation>分支路由</translation>
    </message>
    <message>
        <source>Hub route table: %1</source>
        <translation>中心路由表：%1</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Static route: %1 (%2)</source>
        <translation>静态路由：%1（%2）</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Next hop</source>
        <translation>下一跃点</translation>
    </message>
    <message>
        <source>Route table</source>
        <translation>路由表</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>subnet</source>
        <translation>子网</translation>
    </message>
    <message>
        <source>Add subnet</source>
        <translation>添加子网</translation>
    </message>
    <message>
        <source>Add route</source>
        <translation>添加路由</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>添加规则</translation>
    </message>
    <message>
        <source>Add policy</source>
        <translation>添加策略</translation>
    </message>
    <message>
        <source>Remove subnet</source>
        <translation>删除子网</translation>
    </message>
    <message>
        <source>Remove route</source>
        <translation>删除路由</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>删除规则</translation>
    </message>
    <message>
        <source>Remove policy</source>
        <translation>删除策略</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 到 %2</translation>
    </message>
    <message>
        <source>Remove subnet %1 from %2</source>
        <translation>从 %2 删除子网 %1</translation>
    </message>
    <message>
        <source>Remove route %1 from %2</source>
        <translation>从 %2 删除路由 %1</translation>
    </message>
    <message>
        <source>Remove rule %1 from %2</source>
        <translation>从 %2 删除规则 %1</translation>
    </message>
    <message>
        <source>Remove the policy for %1 from %2</source>
        <translation>从 %2 删除 %1 的策略</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>更改 %2 的%1</translation>
    </message>
    <message>
        <source>This element changed while it was being edited; try again.</source>
        <translation>编辑期间此元素已被更改；请重试。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Every connection of %1 already has a policy; connect the site to a gateway or circuit first.</source>
        <translation>%1 的每个连接都已有策略；请先将站点连接到网关或线路。</translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>“%1”不是整数。</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>(The picture could not be drawn.)</source>
        <translation>（无法绘制图片。）</translation>
    </message>
    <message>
        <source>Azure network design: cost estimate and routing analysis</source>
        <translation>Azure 网络设计：成本估算与路由分析</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>设计</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>catalog %1, %2</source>
        <translation>目录 %1，%2</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Estimated cost: %1 a month, %2 a year.</source>
        <translation>估算成本：每月 %1，每年 %2。</translation>
    </message>
    <message>
        <source>Line items on estimated prices: %1 of %2, marked E.</source>
        <translation>按估算价格计价的明细项：%1 项（共 %2 项），标记为 E。</translation>
    </message>
    <message>
        <source>Items not priced (not in the total): %1.</source>
        <translation>未计价的项目（不计入总计）：%1。</translation>
    </message>
    <message>
        <source>Reachability: %1 of %2 endpoint pairs work.</source>
        <translation>可达性：%2 个端点对中有 %1 个可通。</translation>
    </message>
    <message>
        <source>Findings: %1 (errors or unsupported configurations: %2, warnings: %3).</source>
        <translation>发现项：%1（错误或不受支持的配置：%2，警告：%3）。</translation>
    </message>
    <message>
        <source>Bill of materials</source>
        <translation>物料清单</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>SKU, size and settings</source>
        <translation>SKU、大小和设置</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Monthly (%1)</source>
        <translation>每月（%1）</translation>
    </message>
    <message>
        <source>Count: instances of an appliance, users of a point-to-site group, otherwise 1. Elements without a monthly figure cost nothing by themselves or are priced by traffic.</source>
        <translation>数量：设备为实例数，点到站点组为用户数，其他为 1。没有每月金额的元素本身不产生费用，或按流量计价。</translation>
    </message>
    <message>
        <source>Cost by category</source>
        <translation>按类别划分的成本</translation>
    </message>
    <message>
        <source>Pie chart of the monthly cost by category</source>
        <translation>按类别划分的每月成本饼图</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Total (%1)</source>
        <translation>总计（%1）</translation>
    </message>
    <message>
        <source>Line items</source>
        <translation>明细项</translation>
    </message>
    <message>
        <source>Monthly figures are quantity × unit price over %1 hours a month, in %2.</source>
        <translation>每月金额为数量 × 单价，按每月 %1 小时计算，货币为 %2。</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>元素</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Quantity × unit price</source>
        <translation>数量 × 单价</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>(design)</source>
        <translation>（设计）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>Marks: E %1, L %2, U %3, O %4.</source>
        <translation>标记：E %1，L %2，U %3，O %4。</translation>
    </message>
    <message>
        <source>Not priced (not included in the total)</source>
        <translation>未计价（不计入总计）</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Point-to-site VPN clients do not reach ExpressRoute sites through Route Server (as Microsoft&apos;s Route Server FAQ states).</source>
        <translation>点到站点 VPN 客户端无法通过路由服务器访问 ExpressRoute 站点（如 Microsoft 路由服务器常见问题解答所述）。</translation>
    </message>
    <message>
        <source>Point-to-site VPN clients reach ExpressRoute sites through Route Server (observed in practice, contrary to the Route Server FAQ).</source>
        <translation>点到站点 VPN 客户端可通过路由服务器访问 ExpressRoute 站点（实践中观察到，与路由服务器常见问题解答的说法相反）。</translation>
    </message>
    <message>
        <source>A peering with forwarded traffic not allowed drops packets forwarded by a firewall or appliance.</source>
        <translation>未允许转发流量的对等互连会丢弃由防火墙或设备转发的数据包。</translation>
    </message>
    <message>
        <source>A peering with forwarded traffic not allowed still passes packets forwarded by a firewall or appliance.</source>
        <translation>未允许转发流量的对等互连仍会放行由防火墙或设备转发的数据包。</translation>
    </message>
    <message>
        <source>Peering access flags are read as the Azure portal words them.</source>
        <translation>对等互连访问标志按 Azure 门户的表述理解。</translation>
    </message>
    <message>
        <source>Peering access flags are read as the Azure SDK words them.</source>
        <translation>对等互连访问标志按 Azure SDK 的表述理解。</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>假设</translation>
    </message>
    <message>
        <source>Prices: the price catalog of %1, %2 list prices, before discounts and taxes.</source>
        <translation>价格：%1 的价格目录，%2 标价，未计折扣和税费。</translation>
    </message>
    <message>
        <source>Figures marked O come from the price file %1.</source>
        <translation>标记为 O 的金额来自价格文件 %1。</translation>
    </message>
    <message>
        <source>%1 hours a month; point-to-site users connected %2 hours a month each.</source>
        <translation>每月 %1 小时；每个点到站点用户每月连接 %2 小时。</translation>
    </message>
    <message>
        <source>Line items on estimated prices (marked E): %1. Confirm them before relying on the total.</source>
        <translation>按估算价格计价的明细项（标记为 E）：%1 项。依赖总计之前请先确认这些价格。</translation>
    </message>
    <message>
        <source>No line item rests on an estimated price.</source>
        <translation>没有明细项基于估算价格。</translation>
    </message>
    <message>
        <source>Regions: none given.</source>
        <translation>区域：未指定。</translation>
    </message>
    <message>
        <source>Regions: %1.</source>
        <translation>区域：%1。</translation>
    </message>
    <message>
        <source>Price sources</source>
        <translation>价格来源</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>流量</translation>
    </message>
    <message>
        <source>No traffic is assumed: data transfer, peering and processing charges are not in the estimate.</source>
        <translation>未假设任何流量：估算中不含数据传输、对等互连和处理费用。</translation>
    </message>
    <message>
        <source>Traffic flow</source>
        <translation>流量</translation>
    </message>
    <message>
        <source>From</source>
        <translation>源</translation>
    </message>
    <message>
        <source>To</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>GB a month</source>
        <translation>每月 GB</translation>
    </message>
    <message>
        <source>GB a month back</source>
        <translation>每月回程 GB</translation>
    </message>
    <message>
        <source>Each flow is priced along the path the routing analysis finds for it; a flow without a working path is listed as not priced.</source>
        <translation>每个流量按路由分析为其找到的路径计价；没有可用路径的流量列为未计价。</translation>
    </message>
    <message>
        <source>Routing assumptions</source>
        <translation>路由假设</translation>
    </message>
    <message>
        <source>Where Microsoft&apos;s documentation disagrees, the analysis assumes:</source>
        <translation>对于 Microsoft 文档说法不一致之处，分析采用以下假设：</translation>
    </message>
    <message>
        <source>Reachability</source>
        <translation>可达性</translation>
    </message>
    <message>
        <source>Endpoints: %1 (subnets, on-premises sites, point-to-site groups and the Internet). Every ordered pair is walked there and back.</source>
        <translation>端点：%1 个（子网、本地站点、点到站点组和 Internet）。每个有序端点对都会分析去程和回程。</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Endpoint pairs</source>
        <translation>端点对</translation>
    </message>
    <message>
        <source>Pairs that do not work</source>
        <translation>不通的端点对</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>… and %1 more pairs; spokewise-cli analyze --json lists them all.</source>
        <translation>… 另有 %1 个端点对；spokewise-cli analyze --json 会列出全部。</translation>
    </message>
    <message>
        <source>Intents</source>
        <translation>意图</translation>
    </message>
    <message>
        <source>Met:</source>
        <translation>满足：</translation>
    </message>
    <message>
        <source>Not met:</source>
        <translation>未满足：</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现项</translation>
    </message>
    <message>
        <source>The analysis found nothing to report.</source>
        <translation>分析未发现任何需要报告的内容。</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重性</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现项</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>关系图</translation>
    </message>
    <message>
        <source>Diagram of the design</source>
        <translation>设计关系图</translation>
    </message>
    <message>
        <source>Made with Spokewise on %1. Prices are list prices from a dated catalog and may have changed since; the routing analysis follows Microsoft&apos;s documented behaviour.</source>
        <translation>由 Spokewise 于 %1 生成。价格为带日期的价格目录中的标价，此后可能已有变动；路由分析遵循 Microsoft 文档所述的行为。</translation>
    </message>
    <message>
        <source>the PDF could not be written</source>
        <translation>无法写入 PDF</translation>
    </message>
    <message>
        <source>Spokewise · %1 · prices: catalog %2, %3</source>
        <translation>Spokewise · %1 · 价格：目录 %2，%3</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>RouteText</name>
    <message>
        <source>the VNet&apos;s own address space stays in the VNet</source>
        <translation>虚拟网络自身的地址空间留在虚拟网络内</translation>
    </message>
    <message>
        <source>the default route sends everything else to the Internet</source>
        <translation>默认路由将其余所有流量发往 Internet</translation>
    </message>
    <message>
        <source>private ranges (RFC 1918) no route knows are dropped</source>
        <translation>未被任何路由覆盖的专用范围（RFC 1918）被丢弃</translation>
    </message>
    <message>
        <source>the shared range 100.64.0.0/10 is dropped</source>
        <translation>共享范围 100.64.0.0/10 被丢弃</translation>
    </message>
    <message>
        <source>a system route Azure adds for a feature</source>
        <translation>Azure 为某项功能添加的系统路由</translation>
    </message>
    <message>
        <source>a 0.0.0.0/0 user route removes the drop routes for private ranges</source>
        <translation>0.0.0.0/0 用户路由会移除专用范围的丢弃路由</translation>
    </message>
    <message>
        <source>a peering adds the peer VNet&apos;s address ranges</source>
        <translation>对等互连会添加对等虚拟网络的地址范围</translation>
    </message>
    <message>
        <source>the gateway propagates the routes it learned to the subnets</source>
        <translation>网关将其学到的路由传播到子网</translation>
    </message>
    <message>
        <source>a user route to the virtual network gateway needs a VPN gateway</source>
        <translation>指向虚拟网络网关的用户路由需要 VPN 网关</translation>
    </message>
    <message>
        <source>a user route to an appliance needs it directly reachable and forwarding</source>
        <translation>指向设备的用户路由要求该设备可直接到达且开启转发</translation>
    </message>
    <message>
        <source>an appliance in the subnet its route table points to loops</source>
        <translation>设备所在子网的路由表指向该设备时会形成环路</translation>
    </message>
    <message>
        <source>a 0.0.0.0/0 user route does not capture the VNet&apos;s own or peered space</source>
        <translation>0.0.0.0/0 用户路由不会捕获虚拟网络自身或对等互连的地址空间</translation>
    </message>
    <message>
        <source>on-premises prefixes overlapping a VNet do not win over it</source>
        <translation>与虚拟网络重叠的本地前缀不会胜过虚拟网络</translation>
    </message>
    <message>
        <source>a BGP default route (forced tunnelling) beats the Internet route</source>
        <translation>BGP 默认路由（强制隧道）优先于 Internet 路由</translation>
    </message>
    <message>
        <source>gateway route propagation must stay on for GatewaySubnet</source>
        <translation>GatewaySubnet 必须保持开启网关路由传播</translation>
    </message>
    <message>
        <source>disabling propagation also drops Route Server routes</source>
        <translation>禁用传播也会丢弃路由服务器的路由</translation>
    </message>
    <message>
        <source>peering is not transitive</source>
        <translation>对等互连不可传递</translation>
    </message>
    <message>
        <source>a peering needs both of its links</source>
        <translation>对等互连需要其两端的链接都存在</translation>
    </message>
    <message>
        <source>with both peering and VNet-to-VNet VPN, traffic uses the peering</source>
        <translation>同时存在对等互连和 VNet 到 VNet VPN 时，流量走对等互连</translation>
    </message>
    <message>
        <source>a VNet learns only its peer&apos;s ranges, plus gateway routes with remote gateways</source>
        <translation>虚拟网络只学到对等方的地址范围，使用远程网关时另加网关路由</translation>
    </message>
    <message>
        <source>a spoke using remote gateways is advertised to on-premises</source>
        <translation>使用远程网关的分支虚拟网络会通告给本地</translation>
    </message>
    <message>
        <source>Windows VPN clients need the profile again after peering changes</source>
        <translation>对等互连更改后，Windows VPN 客户端需要重新获取配置文件</translation>
    </message>
    <message>
        <source>static site-to-site needs the spokes in the on-premises routes</source>
        <translation>静态站点到站点 VPN 要求本地路由中包含各分支</translation>
    </message>
    <message>
        <source>static site-to-site: the local network gateway&apos;s prefixes are routes</source>
        <translation>静态站点到站点：本地网络网关的前缀即为路由</translation>
    </message>
    <message>
        <source>BGP: routes are learned per session</source>
        <translation>BGP：路由按会话学习</translation>
    </message>
    <message>
        <source>VNet-to-VNet without BGP: each side knows the other VNet&apos;s space only</source>
        <translation>不使用 BGP 的 VNet 到 VNet：每一端只知道对方虚拟网络的地址空间</translation>
    </message>
    <message>
        <source>a VPN gateway next to an ExpressRoute gateway sees its routes</source>
        <translation>与 ExpressRoute 网关并存的 VPN 网关能看到其路由</translation>
    </message>
    <message>
        <source>prefixes overlapping the VNet are filtered from on-premises</source>
        <translation>来自本地的、与虚拟网络重叠的前缀会被过滤</translation>
    </message>
    <message>
        <source>VPN gateways never advertise a default route</source>
        <translation>VPN 网关从不通告默认路由</translation>
    </message>
    <message>
        <source>BGP transit needs BGP on every connection of the chain</source>
        <translation>BGP 中转要求链上的每个连接都启用 BGP</translation>
    </message>
    <message>
        <source>a policy-based gateway has one tunnel and no BGP or P2S</source>
        <translation>基于策略的网关只有一条隧道，不支持 BGP 或 P2S</translation>
    </message>
    <message>
        <source>Windows clients use the routes of the profile they installed</source>
        <translation>Windows 客户端使用其所安装配置文件中的路由</translation>
    </message>
    <message>
        <source>the gateway pushes its routes to the VPN clients</source>
        <translation>网关将其路由推送给 VPN 客户端</translation>
    </message>
    <message>
        <source>the destination must route the client pool back</source>
        <translation>目标必须有返回客户端地址池的路由</translation>
    </message>
    <message>
        <source>custom routes are pushed to every client; no Internet through the gateway</source>
        <translation>自定义路由会推送给每个客户端；不能经由网关访问 Internet</translation>
    </message>
    <message>
        <source>peered spokes reach clients only when they use the gateway</source>
        <translation>对等互连的分支仅在使用网关时才能访问客户端</translation>
    </message>
    <message>
        <source>the client pool is not advertised over ExpressRoute</source>
        <translation>客户端地址池不会通过 ExpressRoute 通告</translation>
    </message>
    <message>
        <source>ExpressRoute is no transit between on-premises networks</source>
        <translation>ExpressRoute 不在本地网络之间提供中转</translation>
    </message>
    <message>
        <source>no user route can point at an ExpressRoute gateway</source>
        <translation>用户路由不能指向 ExpressRoute 网关</translation>
    </message>
    <message>
        <source>VPN carries traffic only after ExpressRoute fails</source>
        <translation>仅在 ExpressRoute 发生故障后，VPN 才承载流量</translation>
    </message>
    <message>
        <source>Azure&apos;s choice does not bind the on-premises side</source>
        <translation>Azure 的选择不约束本地一侧</translation>
    </message>
    <message>
        <source>VNet-to-VNet through a shared circuit is disabled</source>
        <translation>经由共享线路的 VNet 到 VNet 通信已被禁用</translation>
    </message>
    <message>
        <source>no transit between ExpressRoute and site-to-site without Route Server</source>
        <translation>没有路由服务器时，ExpressRoute 与站点到站点之间不中转</translation>
    </message>
    <message>
        <source>no transit between ExpressRoute and point-to-site</source>
        <translation>ExpressRoute 与点到站点之间不中转</translation>
    </message>
    <message>
        <source>no transit between two ExpressRoute circuits</source>
        <translation>两条 ExpressRoute 线路之间不中转</translation>
    </message>
    <message>
        <source>sites on one VPN gateway reach each other</source>
        <translation>同一 VPN 网关上的站点可以互相访问</translation>
    </message>
    <message>
        <source>point-to-site to ExpressRoute through Route Server is not supported</source>
        <translation>不支持通过路由服务器从点到站点访问 ExpressRoute</translation>
    </message>
    <message>
        <source>Route Server&apos;s routing preference decides between equal prefixes</source>
        <translation>路由服务器的路由首选项决定相同前缀之间的选择</translation>
    </message>
    <message>
        <source>spoke user routes send traffic to the firewall</source>
        <translation>分支的用户路由将流量发往防火墙</translation>
    </message>
    <message>
        <source>the receiving peering must allow forwarded traffic</source>
        <translation>接收方对等互连必须允许转发的流量</translation>
    </message>
    <message>
        <source>GatewaySubnet routes send traffic from on-premises to the firewall</source>
        <translation>GatewaySubnet 路由将来自本地的流量发往防火墙</translation>
    </message>
    <message>
        <source>both directions must pass the firewall</source>
        <translation>两个方向都必须经过防火墙</translation>
    </message>
    <message>
        <source>a user-defined route</source>
        <translation>用户定义路由</translation>
    </message>
    <message>
        <source>route selection: longest prefix, then user &gt; gateway &gt; system</source>
        <translation>路由选择：先比最长前缀，再按 用户 &gt; 网关 &gt; 系统</translation>
    </message>
    <message>
        <source>the peering&apos;s flags decide what may cross it</source>
        <translation>对等互连的标志决定哪些流量可以通过</translation>
    </message>
    <message>
        <source>what the VPN gateway advertises</source>
        <translation>VPN 网关通告的内容</translation>
    </message>
    <message>
        <source>the on-premises side routes only what it was configured with</source>
        <translation>本地一侧只路由其配置中的内容</translation>
    </message>
    <message>
        <source>a VPN profile goes stale after topology changes</source>
        <translation>拓扑更改后 VPN 配置文件会过时</translation>
    </message>
    <message>
        <source>routes exchanged over ExpressRoute private peering</source>
        <translation>通过 ExpressRoute 专用对等互连交换的路由</translation>
    </message>
    <message>
        <source>equal prefixes: ExpressRoute &gt; VPN, then weight, AS path, ECMP</source>
        <translation>相同前缀：ExpressRoute &gt; VPN，然后依次比较权重、AS 路径、ECMP</translation>
    </message>
    <message>
        <source>Global Reach joins two circuits&apos; on-premises networks</source>
        <translation>Global Reach 连接两条线路的本地网络</translation>
    </message>
    <message>
        <source>Route Server exchanges routes with appliances and gateways</source>
        <translation>路由服务器与设备和网关交换路由</translation>
    </message>
    <message>
        <source>a Virtual WAN hub routes between its connections</source>
        <translation>虚拟 WAN 中心在其各连接之间路由</translation>
    </message>
    <message>
        <source>spoke to spoke goes through the hub&apos;s firewall or appliance</source>
        <translation>分支到分支的流量经过中心的防火墙或设备</translation>
    </message>
    <message>
        <source>a stateful device must see both directions</source>
        <translation>有状态设备必须看到两个方向的流量</translation>
    </message>
    <message>
        <source>forced tunnelling sends Internet traffic on-premises</source>
        <translation>强制隧道将 Internet 流量发往本地</translation>
    </message>
    <message>
        <source>assumption: P2S to ExpressRoute through Route Server</source>
        <translation>假设：通过路由服务器从 P2S 访问 ExpressRoute</translation>
    </message>
    <message>
        <source>assumption: which side&apos;s peering flag applies</source>
        <translation>假设：适用哪一侧的对等互连标志</translation>
    </message>
    <message>
        <source>assumption: whether allowForwardedTraffic is enforced</source>
        <translation>假设：是否强制执行 allowForwardedTraffic</translation>
    </message>
    <message>
        <source>equal routes with no documented tie-break</source>
        <translation>没有文档规定决胜规则的等价路由</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Add a route for %2 to the VPN clients of %1.</source>
        <translation>为 %1 的 VPN 客户端添加到 %2 的路由。</translation>
    </message>
    <message>
        <source>Download and install the VPN profile of %1 again on the Windows clients.</source>
        <translation>在 Windows 客户端上重新下载并安装 %1 的 VPN 配置文件。</translation>
    </message>
    <message>
        <source>Turn on &quot;use remote gateways&quot; on peering %1, on the side of %2.</source>
        <translation>在对等互连 %1 的 %2 一侧开启“使用远程网关”。</translation>
    </message>
    <message>
        <source>Turn on &quot;allow gateway transit&quot; on peering %1, on the side of %2.</source>
        <translation>在对等互连 %1 的 %2 一侧开启“允许网关传输”。</translation>
    </message>
    <message>
        <source>Turn on &quot;allow forwarded traffic&quot; on peering %1, on the side of %2.</source>
        <translation>在对等互连 %1 的 %2 一侧开启“允许转发的流量”。</translation>
    </message>
    <message>
        <source>On site %1, route %3 into connection %2.</source>
        <translation>在站点 %1 上，将 %3 路由到连接 %2。</translation>
    </message>
    <message>
        <source>Enable BGP on connection %1.</source>
        <translation>在连接 %1 上启用 BGP。</translation>
    </message>
    <message>
        <source>Enable IP forwarding on %1.</source>
        <translation>在 %1 上启用 IP 转发。</translation>
    </message>
    <message>
        <source>Allow %2 to %3 in the network rules of firewall %1.</source>
        <translation>在防火墙 %1 的网络规则中允许从 %2 到 %3 的流量。</translation>
    </message>
    <message>
        <source>%1 (%2) is the most specific usable route.</source>
        <translation>%1（%2）是最具体的可用路由。</translation>
    </message>
    <message>
        <source>%1 (%2) is invalid and never used (%3).</source>
        <translation>%1（%2）无效，从不使用（%3）。</translation>
    </message>
    <message>
        <source>%1 (%2) loses on longest prefix match: /%3 is longer than /%4 (%5).</source>
        <translation>%1（%2）在最长前缀匹配中落败：/%3 比 /%4 长（%5）。</translation>
    </message>
    <message>
        <source>%1 (%2) is ignored although it is more specific: a gateway route never beats the VNet&apos;s own or a peered VNet&apos;s range (%3).</source>
        <translation>%1（%2）虽然更具体，但被忽略：网关路由永远不会胜过虚拟网络自身或对等虚拟网络的地址范围（%3）。</translation>
    </message>
    <message>
        <source>%1 (%2) has the same prefix but loses on origin: user routes beat gateway routes, which beat system routes (%3).</source>
        <translation>%1（%2）前缀相同，但在来源上落败：用户路由优先于网关路由，网关路由优先于系统路由（%3）。</translation>
    </message>
    <message>
        <source>%1 (%2) has the same prefix but ExpressRoute wins over VPN (%3).</source>
        <translation>%1（%2）前缀相同，但 ExpressRoute 优先于 VPN（%3）。</translation>
    </message>
    <message>
        <source>%1 (%2) has the same prefix but a lower local preference (%3 against %4; %5).</source>
        <translation>%1（%2）前缀相同，但本地优先级较低（%3 对 %4；%5）。</translation>
    </message>
    <message>
        <source>%1 (%2) has the same prefix but a lower connection weight (%3 against %4; %5).</source>
        <translation>%1（%2）前缀相同，但连接权重较低（%3 对 %4；%5）。</translation>
    </message>
    <message>
        <source>%1 (%2) has the same prefix but a longer AS path (%3 against %4; %5).</source>
        <translation>%1（%2）前缀相同，但 AS 路径较长（%3 对 %4；%5）。</translation>
    </message>
    <message>
        <source>%1 (%2) is equally good: traffic is shared between the two (ECMP, %3).</source>
        <translation>%1（%2）同样优：流量在两者之间分担（ECMP，%3）。</translation>
    </message>
    <message>
        <source>%1 (%2) is equally good and Microsoft documents no tie-break between them (%3); the result is uncertain.</source>
        <translation>%1（%2）同样优，且 Microsoft 文档未规定两者之间的决胜规则（%3）；结果不确定。</translation>
    </message>
    <message>
        <source>This element holds no routes.</source>
        <translation>此元素不包含路由。</translation>
    </message>
    <message>
        <source>No valid route covers %1: the packet is dropped here (%2).</source>
        <translation>没有有效路由覆盖 %1：数据包在此被丢弃（%2）。</translation>
    </message>
    <message>
        <source>For %1 the route %2 wins (%3, %4).</source>
        <translation>对于 %1，路由 %2 胜出（%3，%4）。</translation>
    </message>
    <message>
        <source>It is the only route covering %1.</source>
        <translation>它是覆盖 %1 的唯一路由。</translation>
    </message>
    <message>
        <source>It is the longest prefix among the routes covering %1 that may be used (%2).</source>
        <translation>在覆盖 %1 的可用路由中，它的前缀最长（%2）。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Designer for Azure hybrid networks.</source>
        <translation>Azure 混合网络设计器。</translation>
    </message>
    <message>
        <source>The design file to open (default: the bundled example).</source>
        <translation>要打开的设计文件（默认：自带的示例）。</translation>
    </message>
    <message>
        <source>Open the design, wait for its analysis, save the window as a PNG image to &lt;file&gt; and exit.</source>
        <translation>打开设计，等待其分析完成，将窗口以 PNG 图像保存到 &lt;file&gt;，然后退出。</translation>
    </message>
</context>
<context>
    <name>spokewise::designer::AboutText</name>
    <message>
        <source>&lt;h3&gt;Spokewise %1&lt;/h3&gt;&lt;p&gt;A designer for Azure hybrid networks: hub and spoke, VPN, ExpressRoute, Azure Firewall, Route Server and Virtual WAN, with Azure&apos;s routing rules applied as you draw.&lt;/p&gt;&lt;p&gt;Designs stay on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Spokewise %1&lt;/h3&gt;&lt;p&gt;Azure 混合网络设计器：中心辐射型网络、VPN、ExpressRoute、Azure 防火墙、路由服务器和虚拟 WAN，在绘图的同时应用 Azure 的路由规则。&lt;/p&gt;&lt;p&gt;设计只保存在本机。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Prices: the bundled catalog of %1, in %2. Check current prices before you rely on a figure.&lt;/p&gt;</source>
        <translation>&lt;p&gt;价格：自带的 %1 价格目录，货币为 %2。依赖任何金额之前，请先核对当前价格。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Licensed under the %1 licence. Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;按 %1 许可证授权。使用 Qt %2 构建，运行于 Qt %3。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
</context>
<context>
    <name>spokewise::designer::DesignerWindow</name>
    <message>
        <source>Zoom %1%</source>
        <translation>缩放 %1%</translation>
    </message>
    <message>
        <source>Drag elements from the palette, or click one and then the canvas. Connect with C.</source>
        <translation>从组件面板拖入元素，或先单击元素再单击画布。按 C 进行连接。</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>组件面板</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>大纲</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;已打开&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>创建副本(&amp;U)</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Select</source>
        <translation>选择(&amp;S)</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <source>&amp;Pan</source>
        <translation>平移(&amp;P)</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Select and move elements (V)</source>
        <translation>选择并移动元素 (V)</translation>
    </message>
    <message>
        <source>Pan the canvas (H; or hold Space, or drag with the middle button)</source>
        <translation>平移画布（H；或按住空格键，或用鼠标中键拖动）</translation>
    </message>
    <message>
        <source>Drag from one element to another to connect them (C)</source>
        <translation>从一个元素拖到另一个元素以连接它们 (C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit Design</source>
        <translation>适应设计(&amp;F)</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation>对齐网格(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>&amp;Arrange</source>
        <translation>排列(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Align</source>
        <translation>对齐(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Left</source>
        <translation>左对齐(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Centre</source>
        <translation>水平居中(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Right</source>
        <translation>右对齐(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Top</source>
        <translation>顶端对齐(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Middle</source>
        <translation>垂直居中(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Bottom</source>
        <translation>底端对齐(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Distribute</source>
        <translation>分布(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Horizontally</source>
        <translation>水平分布(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Vertically</source>
        <translation>垂直分布(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Spokewise</source>
        <translation>关于 Spokewise(&amp;A)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>an unsaved new design</source>
        <translation>未保存的新设计</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>恢复未保存的更改</translation>
    </message>
    <message>
        <source>Spokewise did not close properly last time. Recover the unsaved changes to %1 from %2?</source>
        <translation>Spokewise 上次没有正常关闭。是否从 %2 恢复对 %1 的未保存更改？</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message numerus="yes">
        <source>%n element(s)</source>
        <translation>
            <numerusform>%n 个元素</numerusform>
        </translation>
    </message>
    <message>
        <source>About Spokewise</source>
        <translation>关于 Spokewise</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>假设分析</translation>
    </message>
    <message>
        <source>Reachability</source>
        <translation>可达性</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>跟踪</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>路由</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>导出报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>报告已写入 %1。</translation>
    </message>
    <message>
        <source>Design &amp;Settings…</source>
        <translation>设计设置(&amp;S)…</translation>
    </message>
    <message>
        <source>C&amp;ost</source>
        <translation>成本(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
</context>
<context>
    <name>spokewise::designer::FileActions</name>
    <message>
        <source>Spokewise designs (*.spokewise.json);;JSON files (*.json);;All files (*)</source>
        <translation>Spokewise 设计 (*.spokewise.json);;JSON 文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>Start an empty design</source>
        <translation>新建空白设计</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a design file</source>
        <translation>打开设计文件</translation>
    </message>
    <message>
        <source>Open design</source>
        <translation>打开设计</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>从模板新建(&amp;T)</translation>
    </message>
    <message>
        <source>Hub and spoke with P2S VPN, ExpressRoute and Azure Firewall</source>
        <translation>中心辐射型网络：P2S VPN、ExpressRoute 和 Azure 防火墙</translation>
    </message>
    <message>
        <source>ExpressRoute with site-to-site VPN failover</source>
        <translation>ExpressRoute 与站点到站点 VPN 故障转移</translation>
    </message>
    <message>
        <source>P2S routing: %1</source>
        <translation>P2S 路由：%1</translation>
    </message>
    <message>
        <source>The design</source>
        <translation>设计</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 有未保存的更改。是否保存？</translation>
    </message>
    <message>
        <source>Untitled design</source>
        <translation>未命名设计</translation>
    </message>
    <message>
        <source>New design.</source>
        <translation>新设计。</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>The template %1 cannot be read.</source>
        <translation>无法读取模板 %1。</translation>
    </message>
    <message>
        <source>New design from a template; save it to keep it.</source>
        <translation>已从模板新建设计；请保存以保留它。</translation>
    </message>
    <message>
        <source>Cannot open the design</source>
        <translation>无法打开设计</translation>
    </message>
    <message>
        <source>%1 could not be opened; the design that was open is unchanged.</source>
        <translation>无法打开 %1；之前打开的设计保持不变。</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>已打开 %1。</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>保存失败</translation>
    </message>
    <message>
        <source>The design could not be saved to %1: %2. It is still open, unsaved.</source>
        <translation>无法将设计保存到 %1：%2。设计仍处于打开状态，尚未保存。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Save design as</source>
        <translation>设计另存为</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>没有最近打开的文件</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>清除列表</translation>
    </message>
    <message>
        <source>Hub and spoke with P2S VPN and ExpressRoute, + Route Server</source>
        <translation>中心辐射型网络：P2S VPN 和 ExpressRoute，+ 路由服务器</translation>
    </message>
    <message>
        <source>Hub and spoke with P2S VPN and ExpressRoute, as a Virtual WAN</source>
        <translation>中心辐射型网络：P2S VPN 和 ExpressRoute，基于虚拟 WAN</translation>
    </message>
</context>
<context>
    <name>spokewise::designer::LanguageText</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>系统语言(&amp;S)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The language changes when Spokewise is started again.</source>
        <translation>重新启动 Spokewise 后才会更改语言。</translation>
    </message>
</context>
<context>
    <name>spokewise::views::AlternativesDialog</name>
    <message>
        <source>Compare Alternatives</source>
        <translation>比较备选方案</translation>
    </message>
    <message>
        <source>&amp;Add Designs…</source>
        <translation>添加设计(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>流量</translation>
    </message>
    <message>
        <source>The open design is the first column. Add the variants to compare it with:</source>
        <translation>当前打开的设计位于第一列。添加要与之比较的变体：</translation>
    </message>
    <message>
        <source>%1: the design could not be read.</source>
        <translation>%1：无法读取设计。</translation>
    </message>
    <message>
        <source>Not added:</source>
        <translation>未添加：</translation>
    </message>
    <message>
        <source>Add Designs to Compare</source>
        <translation>添加要比较的设计</translation>
    </message>
    <message>
        <source>Spokewise designs (*.spokewise.json *.json)</source>
        <translation>Spokewise 设计 (*.spokewise.json *.json)</translation>
    </message>
    <message>
        <source>%1 (the open design)</source>
        <translation>%1（当前打开的设计）</translation>
    </message>
    <message numerus="yes">
        <source>Analysing %n design(s)…</source>
        <translation>
            <numerusform>正在分析 %n 个设计…</numerusform>
        </translation>
    </message>
    <message>
        <source>Total a month</source>
        <translation>每月合计</translation>
    </message>
    <message>
        <source>Total a year</source>
        <translation>每年合计</translation>
    </message>
    <message>
        <source>Not priced (not in the total)</source>
        <translation>未计价（不计入合计）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Reachable endpoint pairs</source>
        <translation>可达的端点对</translation>
    </message>
    <message>
        <source>Errors found</source>
        <translation>发现的错误</translation>
    </message>
    <message>
        <source>Intents violated</source>
        <translation>违反的意图</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>no such pair</source>
        <translation>无此端点对</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Compared %n design(s); every endpoint pair has the same verdict in each.</source>
        <translation>
            <numerusform>已比较 %n 个设计；每个端点对在各设计中的判定结果都相同。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Compared %n design(s); %1 endpoint pair(s) differ (see Flows).</source>
        <translation>
            <numerusform>已比较 %n 个设计；有 %1 个端点对的结果不同（见“流量”）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Monthly cost in %1, price catalog of %2%3. Endpoints are matched across designs by name.</source>
        <translation>每月成本以 %1 计，采用 %2 的价格目录%3。各设计中的端点按名称对应。</translation>
    </message>
    <message>
        <source> with your figures</source>
        <translation> 并采用自定义数值</translation>
    </message>
    <message>
        <source>≈ the total includes estimated prices (see PRICES.md).</source>
        <translation>≈ 合计包含估计价格（见 PRICES.md）。</translation>
    </message>
</context>
<context>
    <name>spokewise::views::CanvasLegend</name>
    <message>
        <source>on a broken path</source>
        <translation>位于中断的路径上</translation>
    </message>
    <message>
        <source>traced flow, hop by hop</source>
        <translation>跟踪的流量（逐跃点）</translation>
    </message>
    <message>
        <source>Analysis &amp;Legend</source>
        <translation>分析图例(&amp;L)</translation>
    </message>
    <message>
        <source>Show what the colours on the canvas mean</source>
        <translation>显示画布上各颜色的含义</translation>
    </message>
    <message>
        <source>From the selected endpoint:</source>
        <translation>从所选端点出发：</translation>
    </message>
</context>
<context>
    <name>spokewise::views::CanvasOverlay</name>
    <message>
        <source>Hop %1 of the traced flow</source>
        <translation>跟踪流量的第 %1 个跃点</translation>
    </message>
</context>
<context>
    <name>spokewise::views::CostPanel</name>
    <message>
        <source>≈ estimate — the catalog marks the price as an estimate; see its source in PRICES.md. Not-priced items are not in the total.</source>
        <translation>≈ 估计值 — 价格目录将该价格标为估计值；其来源见 PRICES.md。未计价的项目不计入合计。</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>明细</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>按类别</translation>
    </message>
    <message>
        <source>By element</source>
        <translation>按元素</translation>
    </message>
    <message>
        <source>Load Price &amp;Catalog…</source>
        <translation>加载价格目录(&amp;C)…</translation>
    </message>
    <message>
        <source>Override figures of the bundled price catalog with those of a catalog file</source>
        <translation>用目录文件中的数值覆盖自带价格目录中的数值</translation>
    </message>
    <message>
        <source>Use &amp;Bundled Catalog</source>
        <translation>使用自带目录(&amp;B)</translation>
    </message>
    <message>
        <source>Compare &amp;Alternatives…</source>
        <translation>比较备选方案(&amp;A)…</translation>
    </message>
    <message>
        <source>Compare the cost and the working flows of the open design with other designs</source>
        <translation>将当前设计的成本和可通的流量与其他设计进行比较</translation>
    </message>
    <message>
        <source>Show &amp;Costs on Canvas</source>
        <translation>在画布上显示成本(&amp;C)</translation>
    </message>
    <message>
        <source>Show the monthly cost beside each gateway, circuit, firewall, Route Server and hub</source>
        <translation>在每个网关、线路、防火墙、路由服务器和中心旁显示每月成本</translation>
    </message>
    <message>
        <source>Open design</source>
        <translation>当前设计</translation>
    </message>
    <message>
        <source>%1: the file could not be read.</source>
        <translation>%1：无法读取文件。</translation>
    </message>
    <message>
        <source>The price catalog was not loaded; the figures stay as they were.</source>
        <translation>未加载价格目录；数值保持不变。</translation>
    </message>
    <message>
        <source>Load Price Catalog</source>
        <translation>加载价格目录</translation>
    </message>
    <message>
        <source>Price catalogs (*.json);;All files (*)</source>
        <translation>价格目录 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Bundled price catalog of %1: %2 list prices, %3 h a month.</source>
        <translation>%1 的自带价格目录：%2 标价，每月按 %3 小时计。</translation>
    </message>
    <message>
        <source>Price catalog of %1 with the figures of %2: %3, %4 h a month.</source>
        <translation>%1 的价格目录，采用 %2 中的数值：%3，每月按 %4 小时计。</translation>
    </message>
    <message>
        <source>Updating: waiting for the routing analysis to price the traffic…</source>
        <translation>正在更新：等待路由分析完成后为流量计价…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) not priced, not in the total (listed at the end of the table).</source>
        <translation>
            <numerusform>%n 个项目未计价，不计入合计（列于表格末尾）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Computing the cost…</source>
        <translation>正在计算成本…</translation>
    </message>
    <message>
        <source>%1%2 a month · %3 a year</source>
        <translation>%1每月 %2 · 每年 %3</translation>
    </message>
</context>
<context>
    <name>spokewise::views::CostTableModel</name>
    <message>
        <source>Catalog item: %1</source>
        <translation>目录项目：%1</translation>
    </message>
    <message>
        <source>%1 %2 × %3</source>
        <translation>%1 %2 × %3</translation>
    </message>
    <message>
        <source>Not priced, not in the total: %1</source>
        <translation>未计价，不计入合计：%1</translation>
    </message>
    <message>
        <source>not priced</source>
        <translation>未计价</translation>
    </message>
    <message>
        <source>not in the total</source>
        <translation>不计入合计</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>元素</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Quantity × unit price</source>
        <translation>数量 × 单价</translation>
    </message>
    <message>
        <source>Monthly (%1)</source>
        <translation>每月（%1）</translation>
    </message>
    <message>
        <source>Source / reason</source>
        <translation>来源/原因</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>spokewise::views::DesignScene</name>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>Any public address</source>
        <translation>任意公网地址</translation>
    </message>
    <message>
        <source>The Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>Subnet %1 of %2</source>
        <translation>%2 的子网 %1</translation>
    </message>
    <message>
        <source>(no subnet)</source>
        <translation>（无子网）</translation>
    </message>
    <message>
        <source>needs its special subnet</source>
        <translation>需要其专用子网</translation>
    </message>
    <message>
        <source>Hub router</source>
        <translation>中心路由器</translation>
    </message>
    <message>
        <source>gateways and firewall</source>
        <translation>网关和防火墙</translation>
    </message>
    <message numerus="yes">
        <source>%n scale unit(s)</source>
        <translation>
            <numerusform>%n 个缩放单元</numerusform>
        </translation>
    </message>
    <message>
        <source>S2S VPN gateway</source>
        <translation>S2S VPN 网关</translation>
    </message>
    <message>
        <source>ExpressRoute gateway</source>
        <translation>ExpressRoute 网关</translation>
    </message>
    <message>
        <source>P2S VPN gateway</source>
        <translation>P2S VPN 网关</translation>
    </message>
    <message>
        <source>Route table association</source>
        <translation>路由表关联</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移动</translation>
    </message>
</context>
<context>
    <name>spokewise::views::DesignSettingsDialog</name>
    <message>
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <source>Design Settings</source>
        <translation>设计设置</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Routing assumptions (where Microsoft&apos;s documentation disagrees)</source>
        <translation>路由假设（针对 Microsoft 文档说法不一致之处）</translation>
    </message>
    <message>
        <source>P2S ↔ ExpressRoute via Route Server:</source>
        <translation>通过路由服务器的 P2S ↔ ExpressRoute：</translation>
    </message>
    <message>
        <source>Unsupported</source>
        <translation>不支持</translation>
    </message>
    <message>
        <source>Works (empirical)</source>
        <translation>可行（实测）</translation>
    </message>
    <message>
        <source>Whether point-to-site VPN clients reach ExpressRoute sites (and back) through Route Server branch-to-branch. Microsoft&apos;s FAQ says this is not supported, while field tests and a documentation change say it works. Unsupported marks such flows as an unsupported configuration; Works (empirical) treats them as reachable and the site learns the client pool (ROUTING.md §10-B).</source>
        <translation>点到站点 VPN 客户端能否通过路由服务器的分支到分支功能访问 ExpressRoute 站点（以及反向访问）。Microsoft 常见问题解答称不支持，而现场测试和一次文档更改表明可行。“不支持”将此类流量标记为不受支持的配置；“可行（实测）”将其视为可达，且站点会学到客户端地址池（ROUTING.md §10-B）。</translation>
    </message>
    <message>
        <source>Forwarded traffic flag:</source>
        <translation>转发流量标志：</translation>
    </message>
    <message>
        <source>Enforced (strict)</source>
        <translation>强制执行（严格）</translation>
    </message>
    <message>
        <source>Not enforced (lenient)</source>
        <translation>不强制执行（宽松）</translation>
    </message>
    <message>
        <source>Whether a peering with allowForwardedTraffic off drops packets forwarded by a firewall or appliance in the peered VNet. The documentation requires the flag; some tests saw the traffic pass without it. Strict drops such flows; lenient lets them through (ROUTING.md §10-D).</source>
        <translation>关闭 allowForwardedTraffic 的对等互连是否会丢弃由对等虚拟网络中的防火墙或设备转发的数据包。文档要求设置此标志；一些测试发现没有它流量也能通过。“严格”会丢弃此类流量；“宽松”则放行（ROUTING.md §10-D）。</translation>
    </message>
    <message>
        <source>Peering flag direction:</source>
        <translation>对等互连标志方向：</translation>
    </message>
    <message>
        <source>Portal wording</source>
        <translation>门户表述</translation>
    </message>
    <message>
        <source>SDK wording</source>
        <translation>SDK 表述</translation>
    </message>
    <message>
        <source>Whose peering link&apos;s allowForwardedTraffic decides whether forwarded packets may enter a VNet. The portal words the flag for the receiving VNet&apos;s own link; the REST and SDK descriptions for the sending VNet&apos;s link. allowVirtualNetworkAccess is the sender&apos;s link either way (ROUTING.md §10-C).</source>
        <translation>由哪一方对等链接的 allowForwardedTraffic 决定转发的数据包能否进入虚拟网络。门户将该标志表述为接收方虚拟网络自身链接的设置；REST 和 SDK 说明则表述为发送方虚拟网络链接的设置。无论哪种表述，allowVirtualNetworkAccess 都取发送方的链接（ROUTING.md §10-C）。</translation>
    </message>
    <message>
        <source>Default Assumptions</source>
        <translation>默认假设</translation>
    </message>
    <message>
        <source>Give the design a name.</source>
        <translation>请为设计命名。</translation>
    </message>
    <message>
        <source>The assumptions are saved in the design, so that its analysis can be reproduced. Changing them is one undo step.</source>
        <translation>假设保存在设计中，以便重现其分析。更改假设算作一个撤销步骤。</translation>
    </message>
    <message>
        <source>Change design settings</source>
        <translation>更改设计设置</translation>
    </message>
</context>
<context>
    <name>spokewise::views::DiagnosticsView</name>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重性</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>元素</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
</context>
<context>
    <name>spokewise::views::EditController</name>
    <message>
        <source>Add %1</source>
        <translation>添加%1</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>已添加%1。</translation>
    </message>
    <message>
        <source>Connect %1</source>
        <translation>连接%1</translation>
    </message>
    <message>
        <source>%1: %2 to %3.</source>
        <translation>%1：%2 到 %3。</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除%1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n element(s)</source>
        <translation>
            <numerusform>删除 %n 个元素</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to copy: select elements first.</source>
        <translation>没有可复制的内容：请先选择元素。</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n element(s).</source>
        <translation>
            <numerusform>已复制 %n 个元素。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>剪切</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Align</source>
        <translation>对齐</translation>
    </message>
    <message>
        <source>Distribute</source>
        <translation>分布</translation>
    </message>
    <message>
        <source>VNet peering</source>
        <translation>虚拟网络对等互连</translation>
    </message>
    <message>
        <source>Site-to-site VPN</source>
        <translation>站点到站点 VPN</translation>
    </message>
    <message>
        <source>VNet-to-VNet VPN</source>
        <translation>VNet 到 VNet VPN</translation>
    </message>
    <message>
        <source>ExpressRoute connection</source>
        <translation>ExpressRoute 连接</translation>
    </message>
    <message>
        <source>Circuit private peering to the site</source>
        <translation>线路到站点的专用对等</translation>
    </message>
    <message>
        <source>Global Reach</source>
        <translation>Global Reach</translation>
    </message>
    <message>
        <source>Point-to-site clients of this gateway</source>
        <translation>此网关的点到站点客户端</translation>
    </message>
    <message>
        <source>Virtual WAN hub connection</source>
        <translation>虚拟 WAN 中心连接</translation>
    </message>
    <message>
        <source>BGP peering</source>
        <translation>BGP 对等</translation>
    </message>
    <message>
        <source>Route table association</source>
        <translation>路由表关联</translation>
    </message>
    <message>
        <source>Intent: must reach</source>
        <translation>意图：必须可达</translation>
    </message>
    <message>
        <source>Traffic flow (for the cost estimate)</source>
        <translation>流量（用于成本估算）</translation>
    </message>
    <message>
        <source>Virtual network</source>
        <translation>虚拟网络</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>子网</translation>
    </message>
    <message>
        <source>VPN gateway</source>
        <translation>VPN 网关</translation>
    </message>
    <message>
        <source>ExpressRoute gateway</source>
        <translation>ExpressRoute 网关</translation>
    </message>
    <message>
        <source>ExpressRoute circuit</source>
        <translation>ExpressRoute 线路</translation>
    </message>
    <message>
        <source>Azure Firewall</source>
        <translation>Azure 防火墙</translation>
    </message>
    <message>
        <source>Route Server</source>
        <translation>路由服务器</translation>
    </message>
    <message>
        <source>Network virtual appliance</source>
        <translation>网络虚拟设备</translation>
    </message>
    <message>
        <source>On-premises site</source>
        <translation>本地站点</translation>
    </message>
    <message>
        <source>P2S client group</source>
        <translation>P2S 客户端组</translation>
    </message>
    <message>
        <source>Virtual WAN hub</source>
        <translation>虚拟 WAN 中心</translation>
    </message>
    <message>
        <source>Route table</source>
        <translation>路由表</translation>
    </message>
    <message>
        <source>A virtual network with a default subnet, in free address space.</source>
        <translation>在空闲地址空间中创建一个带默认子网的虚拟网络。</translation>
    </message>
    <message>
        <source>Drop on a virtual network: adds a subnet in its free space.</source>
        <translation>拖放到虚拟网络上：在其空闲地址空间中添加子网。</translation>
    </message>
    <message>
        <source>Drop on a virtual network: adds the gateway and a GatewaySubnet if it has none.</source>
        <translation>拖放到虚拟网络上：添加网关，若没有 GatewaySubnet 则一并添加。</translation>
    </message>
    <message>
        <source>A circuit to a peering location; connect it to a gateway and a site.</source>
        <translation>连接到某个对等位置的线路；请将其连接到网关和站点。</translation>
    </message>
    <message>
        <source>Drop on a virtual network (adds AzureFirewallSubnet) or on a Virtual WAN hub.</source>
        <translation>拖放到虚拟网络上（添加 AzureFirewallSubnet）或虚拟 WAN 中心上。</translation>
    </message>
    <message>
        <source>Drop on a virtual network: adds the Route Server and its RouteServerSubnet.</source>
        <translation>拖放到虚拟网络上：添加路由服务器及其 RouteServerSubnet。</translation>
    </message>
    <message>
        <source>Drop on a subnet: adds an NVA with its IP in that subnet.</source>
        <translation>拖放到子网上：在该子网中添加一个带 IP 的 NVA。</translation>
    </message>
    <message>
        <source>A data centre or branch; connect it with VPN or ExpressRoute.</source>
        <translation>数据中心或分支机构；通过 VPN 或 ExpressRoute 连接。</translation>
    </message>
    <message>
        <source>Remote users; drop on a VPN gateway or a hub with point-to-site.</source>
        <translation>远程用户；拖放到 VPN 网关或启用点到站点的中心上。</translation>
    </message>
    <message>
        <source>A Virtual WAN hub (adds the Virtual WAN if there is none).</source>
        <translation>虚拟 WAN 中心（若没有虚拟 WAN 则一并添加）。</translation>
    </message>
    <message>
        <source>User-defined routes; drop on a subnet to associate it.</source>
        <translation>用户定义路由；拖放到子网上进行关联。</translation>
    </message>
    <message>
        <source>An element cannot be connected to itself.</source>
        <translation>元素不能连接到其自身。</translation>
    </message>
    <message>
        <source>Azure has no connection between %1 and %2.</source>
        <translation>Azure 中 %1 与 %2 之间没有可用的连接。</translation>
    </message>
    <message>
        <source>%1 and %2 are already connected.</source>
        <translation>%1 与 %2 已经连接。</translation>
    </message>
    <message>
        <source>A policy-based VPN gateway takes no VNet-to-VNet connection (R-VPN-12); make it route-based.</source>
        <translation>基于策略的 VPN 网关不接受 VNet 到 VNet 连接 (R-VPN-12)；请改为基于路由。</translation>
    </message>
    <message>
        <source>A Basic Virtual WAN carries site-to-site VPN only; make the WAN Standard for ExpressRoute and point-to-site.</source>
        <translation>Basic 虚拟 WAN 仅支持站点到站点 VPN；若要使用 ExpressRoute 和点到站点，请将 WAN 改为 Standard。</translation>
    </message>
    <message>
        <source>The hub has no gateway for this connection; add one in the hub&apos;s properties first.</source>
        <translation>中心没有用于此连接的网关；请先在中心的属性中添加。</translation>
    </message>
    <message>
        <source>%1 is already attached; detach it first.</source>
        <translation>%1 已附加；请先将其分离。</translation>
    </message>
    <message>
        <source>Drop the %1 on a virtual network.</source>
        <translation>请将%1拖放到虚拟网络上。</translation>
    </message>
    <message>
        <source>Drop the %1 on a subnet.</source>
        <translation>请将%1拖放到子网上。</translation>
    </message>
    <message>
        <source>Drop the %1 on a VPN gateway or a Virtual WAN hub with point-to-site.</source>
        <translation>请将%1拖放到 VPN 网关或启用点到站点的虚拟 WAN 中心上。</translation>
    </message>
    <message>
        <source>That virtual network already has a %1; Azure allows one (R-VPN-11).</source>
        <translation>该虚拟网络已有%1；Azure 只允许一个 (R-VPN-11)。</translation>
    </message>
    <message>
        <source>There is no free address space left for the %1.</source>
        <translation>没有可用于%1的空闲地址空间。</translation>
    </message>
    <message>
        <source>Intent: must not reach</source>
        <translation>意图：必须不可达</translation>
    </message>
</context>
<context>
    <name>spokewise::views::ElementTree</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>spokewise::views::ExportDialog</name>
    <message>
        <source>&amp;Transparent background</source>
        <translation>透明背景(&amp;T)</translation>
    </message>
    <message>
        <source>Title &amp;block (design name and date)</source>
        <translation>标题区（设计名称和日期）(&amp;B)</translation>
    </message>
    <message>
        <source>Routing analysis &amp;overlay and legend</source>
        <translation>路由分析叠加层和图例(&amp;O)</translation>
    </message>
    <message>
        <source>Selection o&amp;nly</source>
        <translation>仅所选内容(&amp;N)</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>导出关系图</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG 绘图</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>draw.io diagram (diagrams.net)</source>
        <translation>draw.io 关系图（diagrams.net）</translation>
    </message>
    <message>
        <source>Mermaid flowchart</source>
        <translation>Mermaid 流程图</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <source>Pixels per canvas unit: 2 gives an image twice as wide and high.</source>
        <translation>每个画布单位对应的像素数：2 表示图像的宽度和高度均为原来的两倍。</translation>
    </message>
    <message>
        <source>Only the selected elements, everything inside them, and the connectors between them.</source>
        <translation>仅导出所选元素、其内部的所有内容以及它们之间的连接线。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Scale (PNG):</source>
        <translation>缩放比例（PNG）(&amp;S)：</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>文件(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>请选择要导出到的文件。</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>无法导出到 %1：%2</translation>
    </message>
    <message>
        <source>The routing analysis has not finished yet.</source>
        <translation>路由分析尚未完成。</translation>
    </message>
    <message>
        <source>diagram</source>
        <translation>关系图</translation>
    </message>
</context>
<context>
    <name>spokewise::views::FailedElements</name>
    <message>
        <source>&amp;Fail Element</source>
        <translation>使元素故障(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Restore All Elements</source>
        <translation>恢复所有元素(&amp;R)</translation>
    </message>
    <message>
        <source>What if the selected elements failed? The What-if dock shows the flows lost and moved</source>
        <translation>如果所选元素发生故障会怎样？假设分析窗口会显示丢失和改道的流量</translation>
    </message>
    <message>
        <source>Bring every failed element back</source>
        <translation>恢复所有故障元素</translation>
    </message>
    <message>
        <source>Restore Element %1</source>
        <translation>恢复元素 %1</translation>
    </message>
    <message>
        <source>Fail Element %1</source>
        <translation>使元素 %1 故障</translation>
    </message>
</context>
<context>
    <name>spokewise::views::MatrixModel</name>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2：%3</translation>
    </message>
    <message>
        <source>Why: %1.</source>
        <translation>原因：%1。</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>规则 %1</translation>
    </message>
    <message>
        <source>Click to trace this flow.</source>
        <translation>单击以跟踪此流量。</translation>
    </message>
    <message>
        <source>From %1 (%2)</source>
        <translation>来自 %1（%2）</translation>
    </message>
    <message>
        <source>To %1 (%2)</source>
        <translation>发往 %1（%2）</translation>
    </message>
</context>
<context>
    <name>spokewise::views::MatrixView</name>
    <message>
        <source>Problems only</source>
        <translation>仅显示问题</translation>
    </message>
    <message>
        <source>Filter endpoints by name</source>
        <translation>按名称筛选端点</translation>
    </message>
    <message>
        <source>Show only endpoints with a flow, from or to them, that does not work</source>
        <translation>仅显示有不通流量（发出或到达）的端点</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s)</source>
        <translation>
            <numerusform>%n 个端点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n endpoint(s)</source>
        <translation>
            <numerusform>%n 个端点中的 %1 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spokewise::views::Minimap</name>
    <message>
        <source>Overview: click or drag to move the view</source>
        <translation>概览：单击或拖动以移动视图</translation>
    </message>
</context>
<context>
    <name>spokewise::views::ProblemsBadge</name>
    <message>
        <source>Open the Problems list</source>
        <translation>打开问题列表</translation>
    </message>
</context>
<context>
    <name>spokewise::views::ProblemsView</name>
    <message>
        <source>Severity</source>
        <translation>严重性</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>元素</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Intent violated</source>
        <translation>违反意图</translation>
    </message>
    <message>
        <source>No routing problems: every intent holds and no check fails.</source>
        <translation>没有路由问题：所有意图均满足，所有检查均通过。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spokewise::views::PropertiesPanel</name>
    <message>
        <source>Nothing selected</source>
        <translation>未选择任何内容</translation>
    </message>
    <message>
        <source>Refused value</source>
        <translation>拒绝的值</translation>
    </message>
</context>
<context>
    <name>spokewise::views::PropertyDelegate</name>
    <message>
        <source>empty for none</source>
        <translation>留空表示无</translation>
    </message>
    <message>
        <source>empty for the default</source>
        <translation>留空表示默认值</translation>
    </message>
</context>
<context>
    <name>spokewise::views::RecoveryManager</name>
    <message>
        <source>The recovery file is damaged and cannot be read.</source>
        <translation>恢复文件已损坏，无法读取。</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>恢复未保存的更改</translation>
    </message>
</context>
<context>
    <name>spokewise::views::ReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>HTML page (one self-contained file)</source>
        <translation>HTML 页面（单个独立文件）</translation>
    </message>
    <message>
        <source>CSV of the line items</source>
        <translation>明细项 CSV</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>客户(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>作者(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Bundled catalog of %1 (%2); choose another in the Cost menu.</source>
        <translation>自带的 %1 价格目录（%2）；可在“成本”菜单中选择其他目录。</translation>
    </message>
    <message>
        <source>Bundled catalog of %1 with the figures of %2.</source>
        <translation>自带的 %1 价格目录，使用 %2 中的金额。</translation>
    </message>
    <message>
        <source>Prices:</source>
        <translation>价格：</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>-report</source>
        <translation>-报告</translation>
    </message>
    <message>
        <source>report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Choose a file to write the report to.</source>
        <translation>请选择要写入报告的文件。</translation>
    </message>
    <message>
        <source>Analysing the design…</source>
        <translation>正在分析设计…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>HTML pages (*.html *.htm)</source>
        <translation>HTML 页面 (*.html *.htm)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>spokewise::views::RoutesView</name>
    <message>
        <source>Destination address, e.g. 10.1.0.4</source>
        <translation>目标地址，例如 10.1.0.4</translation>
    </message>
    <message>
        <source>Type an address to see which route wins for it, and why</source>
        <translation>输入地址，查看哪条路由对其胜出及原因</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>前缀</translation>
    </message>
    <message>
        <source>Next hop</source>
        <translation>下一跃点</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Select a subnet, gateway, hub, site or P2S client group to see its routes.</source>
        <translation>选择子网、网关、中心、站点或 P2S 客户端组以查看其路由。</translation>
    </message>
    <message>
        <source>%1 holds no routes: select a subnet, gateway, hub, site or P2S client group.</source>
        <translation>%1 不包含路由：请选择子网、网关、中心、站点或 P2S 客户端组。</translation>
    </message>
    <message numerus="yes">
        <source>Routes of &lt;b&gt;%1&lt;/b&gt; (%n route(s))</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; 的路由（%n 条）</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not an IPv4 address (like 10.1.0.4).</source>
        <translation>“%1”不是 IPv4 地址（例如 10.1.0.4）。</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <translation>无效：%1</translation>
    </message>
    <message>
        <source> (only in up-to-date client profiles)</source>
        <translation> （仅在最新的客户端配置文件中）</translation>
    </message>
    <message>
        <source>▶ %1</source>
        <translation>▶ %1</translation>
    </message>
    <message>
        <source>This route wins for %1.</source>
        <translation>对于 %1，此路由胜出。</translation>
    </message>
</context>
<context>
    <name>spokewise::views::TraceView</name>
    <message>
        <source>point-to-site to ExpressRoute through Route Server: %1 (§10-B)</source>
        <translation>通过路由服务器从点到站点访问 ExpressRoute：%1 (§10-B)</translation>
    </message>
    <message>
        <source>enforcement of &quot;allow forwarded traffic&quot;: %1 (§10-D)</source>
        <translation>“允许转发的流量”的强制执行：%1 (§10-D)</translation>
    </message>
    <message>
        <source>which side&apos;s peering flag applies: %1 (§10-C)</source>
        <translation>适用哪一侧的对等互连标志：%1 (§10-C)</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>跟踪</translation>
    </message>
    <message>
        <source>Endpoint or IPv4 address</source>
        <translation>端点或 IPv4 地址</translation>
    </message>
    <message>
        <source>Where the flow starts</source>
        <translation>流量的起点</translation>
    </message>
    <message>
        <source>Where it goes: an endpoint, or any address typed in</source>
        <translation>流量的去向：端点，或输入的任意地址</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Hop</source>
        <translation>跃点</translation>
    </message>
    <message>
        <source>Route used</source>
        <translation>使用的路由</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Choose where the flow goes.</source>
        <translation>请选择流量的去向。</translation>
    </message>
    <message>
        <source>“%1” is neither an endpoint nor an IPv4 address.</source>
        <translation>“%1”既不是端点，也不是 IPv4 地址。</translation>
    </message>
    <message>
        <source>Pick a source and a destination, or click a cell of the reachability matrix.</source>
        <translation>请选择源和目标，或单击可达性矩阵中的单元格。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 → %2&lt;/b&gt; (%3 → %4): &lt;span style=&quot;color:%5&quot;&gt;&lt;b&gt;%6 %7&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1 → %2&lt;/b&gt;（%3 → %4）：&lt;span style=&quot;color:%5&quot;&gt;&lt;b&gt;%6 %7&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>%1 (on the way there)</source>
        <translation>%1（去程）</translation>
    </message>
    <message>
        <source>%1 (on the way back)</source>
        <translation>%1（回程）</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 (equal-cost routes: the first is followed)</source>
        <translation>%1（等价路由：沿第一条走）</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Stops: %1</source>
        <translation>中止：%1</translation>
    </message>
    <message>
        <source>There: %1 → %2</source>
        <translation>去程：%1 → %2</translation>
    </message>
    <message>
        <source>Back: %1 → %2</source>
        <translation>回程：%1 → %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rules:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;规则：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Deciding elements:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;决定性元素：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fix:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;修复方法：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Relies on the assumption:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;依赖的假设：&lt;/b&gt;%1</translation>
    </message>
</context>
<context>
    <name>spokewise::views::WhatIfView</name>
    <message>
        <source>directly</source>
        <translation>直连</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>流量</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Nothing is failed. Select an element and choose Fail Element (toolbar or right-click) to see which flows its failure loses or moves.</source>
        <translation>没有故障元素。选择一个元素，然后选择“使元素故障”（工具栏或右键菜单），即可查看其故障会使哪些流量丢失或改道。</translation>
    </message>
    <message>
        <source>Failed: %1. Compared with the healthy design: %2 lost, %3 moved to another path, %4 gained, %5 otherwise changed.</source>
        <translation>故障：%1。与正常设计相比：%2 条丢失，%3 条改走其他路径，%4 条新增，%5 条有其他变化。</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 还有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>丢失</translation>
    </message>
    <message>
        <source>%1 can no longer reach %2: %3.</source>
        <translation>%1 无法再到达 %2：%3。</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>改道</translation>
    </message>
    <message>
        <source>%1 still reaches %2, on another path.</source>
        <translation>%1 仍可到达 %2，但走另一条路径。</translation>
    </message>
    <message>
        <source>%1 still reaches %2, now through %3 instead of %4.</source>
        <translation>%1 仍可到达 %2，现在经由 %3，而不是 %4。</translation>
    </message>
    <message>
        <source>Gained</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>%1 now reaches %2, which it could not before.</source>
        <translation>%1 现在可以到达 %2，而之前不能。</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>已改变</translation>
    </message>
    <message>
        <source>%1 to %2 was %3 and is now %4: %5.</source>
        <translation>%1 到 %2 原为%3，现为%4：%5。</translation>
    </message>
    <message>
        <source>No flow changes: every flow takes the same path as in the healthy design.</source>
        <translation>无流量变化：每条流量都与正常设计中的路径相同。</translation>
    </message>
</context>
</TS>
