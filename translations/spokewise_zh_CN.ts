<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
    <name>main</name>
    <message>
        <source>Designer for Azure hybrid networks.</source>
        <translation>Azure 混合网络设计器。</translation>
    </message>
    <message>
        <source>The design file to open (default: the bundled example).</source>
        <translation>要打开的设计文件（默认：自带的示例）。</translation>
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
        <source>&lt;h3&gt;Spokewise %1&lt;/h3&gt;&lt;p&gt;A designer for Azure hybrid networks: hub and spoke, VPN, ExpressRoute, Azure Firewall, Route Server and Virtual WAN, with Azure&apos;s routing rules applied as you draw.&lt;/p&gt;&lt;p&gt;Designs stay on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Spokewise %1&lt;/h3&gt;&lt;p&gt;Azure 混合网络设计器：中心辐射型网络、VPN、ExpressRoute、Azure 防火墙、路由服务器和虚拟 WAN，在绘图的同时应用 Azure 的路由规则。&lt;/p&gt;&lt;p&gt;设计只保存在本机。&lt;/p&gt;</translation>
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
    <name>spokewise::views::Minimap</name>
    <message>
        <source>Overview: click or drag to move the view</source>
        <translation>概览：单击或拖动以移动视图</translation>
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
</TS>
